#!/bin/bash
watch BALSAM_LS_FIELDS=data balsam ls --state JOB_FINISHED
