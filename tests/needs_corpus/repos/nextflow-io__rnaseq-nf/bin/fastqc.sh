#!/usr/bin/env bash
sample_id="$1"
reads="$2"

mkdir fastqc_${sample_id}_logs
fastqc -o fastqc_${sample_id}_logs -f fastq -q ${reads}
