( cd ../; make rw-tput-receiver )
