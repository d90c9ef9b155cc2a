#!/bin/bash -l

echo quit | nvidia-cuda-mps-control
