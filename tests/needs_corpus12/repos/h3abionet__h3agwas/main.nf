
nextflow.enable.dsl = 1 

println "Welcome to the h3agwas pipeline: we have several sub-pipelines that can be executed. Please see the README"
