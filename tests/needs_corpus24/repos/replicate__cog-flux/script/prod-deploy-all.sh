#!/bin/bash

./script/push.sh dev prod
./script/push.sh schnell prod