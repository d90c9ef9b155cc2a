#!/bin/bash
docker load -i deployment_image.tar
