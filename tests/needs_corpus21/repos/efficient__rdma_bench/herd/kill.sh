sudo pkill main
sudo pkill memcached
