sudo killall main
sudo killall memcached
