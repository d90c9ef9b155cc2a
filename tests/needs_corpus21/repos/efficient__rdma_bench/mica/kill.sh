sudo pkill test
