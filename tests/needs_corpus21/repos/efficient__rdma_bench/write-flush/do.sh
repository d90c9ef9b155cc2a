( cd ../; make write-flush )
