#!/usr/bin/env cwl-runner
cwlVersion: v1.0
class: CommandLineTool

requirements:
 InitialWorkDirRequirement:
   listing:
    - entry: inputs.genome_folder
      writable: true

hints:
 DockerRequirement:
   dockerPull: biowardrobe2/bismark:v0.0.2
 SoftwareRequirement:
   packages:
     bismark:
       specs: [ https://identifiers.org/biotools/bismark ]
       version: [ "0.0.2" ]

inputs:

  genome_folder:
    type: Directory
    inputBinding:
      position: 2
    label: "Genome folder"
    doc: "Genome folder with FASTA files"

outputs:

  indices_folder:
    type: Directory
    label: "Bismark indices folder"
    doc: "Bismark generated indices folder"
    outputBinding:
      glob: "*"

baseCommand: ["bismark_genome_preparation"]

$namespaces:
  s: http://schema.org/

$schemas:
- https://schema.org/version/latest/schemaorg-current-https.rdf

s:name: "bismark_prepare_genome"
s:license: http://www.apache.org/licenses/LICENSE-2.0

s:creator:
- class: s:Organization
  s:legalName: "Cincinnati Children's Hospital Medical Center"
  s:location:
  - class: s:PostalAddress
    s:addressCountry: "USA"
    s:addressLocality: "Cincinnati"
    s:addressRegion: "OH"
    s:postalCode: "45229"
    s:streetAddress: "3333 Burnet Ave"
    s:telephone: "+1(513)636-4200"
  s:logo: "https://www.cincinnatichildrens.org/-/media/cincinnati%20childrens/global%20shared/childrens-logo-new.png"
  s:department:
  - class: s:Organization
    s:legalName: "Allergy and Immunology"
    s:department:
    - class: s:Organization
      s:legalName: "Barski Research Lab"
      s:member:
      - class: s:Person
        s:name: Michael Kotliar
        s:email: mailto:misha.kotliar@gmail.com
        s:sameAs:
        - id: http://orcid.org/0000-0002-6486-3898

doc: |
  bismark_genome_preparation script generates indices using Bowtie2 aligners by default.
