/*
  usage: wrapper_phage_contigs_sorter_iPlant.pl --fasta sequences.fa

  Required Arguments:

      -f|--fna       Fasta file of contigs

   Options:

      -d|--dataset   Code dataset (DEFAULT "VIRSorter")
      --cp           Custom phage sequence
      --db           Either "1" (DEFAULT Refseqdb) or "2" (Viromedb)
      --wdir         Working directory (DEFAULT cwd)
      --ncpu         Number of CPUs (default: 4)
      --virome       Add this flag to enable virome decontamination mode, for datasets
                     mostly viral to force the use of generic metrics instead of
                     calculated from the whole dataset. (default: off)
      --data-dir     Path to "virsorter-data" directory (e.g. /path/to/virsorter-data)
      --diamond      Use diamond (in "--more-sensitive" mode) instead of blastp.
                     Diamond is much faster than blastp and may be useful for adding
                     many custom phages, or for processing extremely large Fasta files.
                     Unless you specify --diamond, VirSorter will use blastp.
      --keep-db      Specifying this flag keeps the new HMM and BLAST databases created
                     after adding custom phages. This is useful if you have custom phages
                     that you want to be included in several different analyses and want
                     to save the database and point VirSorter to it in subsequent runs.
                     By default, this is off, and you should only specify this flag if
                     you're SURE you need it.
      --no_c         Use this option if you have issues with empty output files, i.e. 0
                     viruses predicted by VirSorter. This make VirSorter use a perl function
                     instead of the C script to calculate enrichment statistics. Note that
                     VirSorter will be slower with this option.
      --help         Show help and exit
*/

process VIRSORTER {

  label 'process_medium'

  tag "${meta.id}"

  container 'quay.io/microbiome-informatics/virsorter:1.0.6_edfeb8c5e72'

  input:
  tuple val(meta), path(fasta), val(contig_number)
  path database

  output:
  tuple val(meta), path("*")

  when:
  contig_number.toInteger() > 0

  script:
  if (params.virome) {
    """
    wrapper_phage_contigs_sorter_iPlant.pl -f ${fasta} --db 2 --wdir virsorter --ncpu ${task.cpus} --data-dir ${database} --virome
    """
  }
  else {
    """
    wrapper_phage_contigs_sorter_iPlant.pl -f ${fasta} --db 2 --wdir virsorter --ncpu ${task.cpus} --data-dir ${database}
    """
  }
}
