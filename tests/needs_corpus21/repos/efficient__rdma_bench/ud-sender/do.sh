( cd ../; make ud-sender )
