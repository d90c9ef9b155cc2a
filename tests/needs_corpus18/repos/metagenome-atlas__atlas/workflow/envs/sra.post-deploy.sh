#!/bin/bash

vdb-config --quiet