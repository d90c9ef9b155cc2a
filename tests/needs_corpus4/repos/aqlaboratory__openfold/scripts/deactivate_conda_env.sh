#!/bin/bash

conda deactivate
