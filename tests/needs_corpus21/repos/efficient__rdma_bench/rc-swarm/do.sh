( cd ../; make rc-swarm )
