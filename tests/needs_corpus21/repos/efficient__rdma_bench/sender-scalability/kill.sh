sudo pkill sender-scalability
sudo pkill memcached
