#! /bin/bash

nvidia-smi
