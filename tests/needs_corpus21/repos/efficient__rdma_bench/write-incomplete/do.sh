( cd ../; make write-incomplete )
