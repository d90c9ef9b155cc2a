( cd ../; make rw-tput-sender )
