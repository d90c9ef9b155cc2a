#!/bin/bash
docker save -o deployment_image.tar jetson-model-deployment:latest
