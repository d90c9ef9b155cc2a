#!/bin/bash

ENV_NAME=openfold_venv
