( cd ../; make write-reordering )
