( cd ../; make sender-scalability )
