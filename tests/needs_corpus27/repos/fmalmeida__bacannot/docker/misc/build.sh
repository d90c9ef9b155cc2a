../../bin/build_image.sh $1
