#!/usr/bin/env cwl-runner
cwlVersion: v1.0
class: CommandLineTool

requirements:
  InlineJavascriptRequirement: {}
hints:
  DockerRequirement:
    dockerPull: quay.io/biocontainers/seqkit:0.7.1--0
  SoftwareRequirement:
    packages:
      seqkit:
        specs: [ https://identifiers.org/biotools/seqkit ]
        version: [ "0.7.1" ]
  ResourceRequirement:
    coresMin: 8
    coresMax: 32
    ramMin: $(7 * 1024)
    outdirMin: |
      ${
        var sum = 0;
        for (var i = 0; i < inputs.reads.length; i++) {
          sum += inputs.reads[i].size;
        }
        return (sum/(1024*1024*1024)+1) + 20;
      }

inputs:
  reads: File
  ignore_case:
    type: boolean?
    inputBinding:
      prefix: --ignore-case

outputs:
  reads_dedup:
    type: File
    outputBinding:
      glob: $(inputs.reads.nameroot)_dedup.fasta
  dups:
    type: File?
    outputBinding:
      glob: dups.txt

baseCommand: [ seqkit, rmdup ]

arguments:
 - --by-seq
 - --threads=$(runtime.cores)
 - --dup-num-file
 - dups.txt
 - --out-file
 - $(inputs.reads.nameroot)_dedup.fasta
 - $(inputs.reads.path)
