make -j -C .. ss-echo
