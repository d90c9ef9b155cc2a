process PROTEOMICSLFQ {
    tag "${expdes.baseName}"
    label 'process_high'
    label 'openms'

    container "${ workflow.containerEngine == 'singularity' && !task.ext.singularity_pull_docker_container ?
        'oras://ghcr.io/bigbio/openms-tools-thirdparty-sif:2026.07.02' :
        'ghcr.io/bigbio/openms-tools-thirdparty:2026.07.02' }"

    input:
    path(mzmls)
    path(id_files)
    path(expdes)
    path(fasta)

    output:
    path "${expdes.baseName}_qpx", emit: out_qpx
    path "${expdes.baseName}_openms.consensusXML", emit: out_consensusXML
    path "*msstats_in.csv", emit: out_msstats, optional: true
    path "debug_mergedIDs.idparquet", emit: debug_mergedIDs, optional: true
    path "debug_mergedIDs_inference.idparquet", emit: debug_mergedIDs_inference, optional: true
    path "debug_mergedIDsGreedyResolved.idparquet", emit: debug_mergedIDsGreedyResolved, optional: true
    path "debug_mergedIDsGreedyResolvedFDR.idparquet", emit: debug_mergedIDsGreedyResolvedFDR, optional: true
    path "debug_mergedIDsGreedyResolvedFDRFiltered.idparquet", emit: debug_mergedIDsGreedyResolvedFDRFiltered, optional: true
    path "debug_mergedIDsFDRFilteredStrictlyUniqueResolved.idparquet", emit: debug_mergedIDsFDRFilteredStrictlyUniqueResolved, optional: true
    path "*.log", emit: log
    path "versions.yml", emit: versions

    script:
    def args = task.ext.args ?: ''
    def msstats_present = params.quantification_method == "feature_intensity" ? "-out_msstats ${expdes.baseName}_msstats_in.csv" : ""
    def decoys_present = params.quantify_decoys ? '-PeptideQuantification:quantify_decoys' : ''
    def mzml_sorted = mzmls.collect().sort{ a, b -> a.name <=> b.name}
    def id_sorted = id_files.collect().sort{ a, b -> a.name <=> b.name}
    def feature_with_id_min_score =  "-feature_with_id_min_score ${params.feature_with_id_min_score}"
    def feature_without_id_min_score = params.targeted_only == false ? "-feature_without_id_min_score ${params.feature_without_id_min_score}" : ""

    // NB: OpenMS ProteomicsLFQ REQUIRES -out (mzTab). It is produced but deliberately
    // NOT declared as an output (no emit) so the pipeline neither publishes nor
    // consumes it — QPX (-out_qpx) is the artifact. Do not remove the -out flag.
    """
    ProteomicsLFQ \\
        -threads ${task.cpus} \\
        -in ${mzml_sorted.join(' ')} \\
        -ids ${id_sorted.join(' ')} \\
        -design ${expdes} \\
        -fasta ${fasta} \\
        -protein_inference ${params.protein_inference_method} \\
        -quantification_method ${params.quantification_method} \\
        -targeted_only ${params.targeted_only} \\
        ${feature_with_id_min_score} \\
        ${feature_without_id_min_score} \\
        -mass_recalibration ${params.mass_recalibration} \\
        -Seeding:algorithm ${params.lfq_seeding_algorithm} \\
        -Seeding:intThreshold ${params.lfq_intensity_threshold} \\
        -protein_quantification ${params.protein_quant} \\
        -alignment_order ${params.alignment_order} \\
        ${decoys_present} \\
        -psmFDR ${params.psm_level_fdr_cutoff} \\
        -proteinFDR ${params.protein_level_fdr_cutoff} \\
        -picked_proteinFDR ${params.picked_fdr} \\
        -out_cxml ${expdes.baseName}_openms.consensusXML \\
        -out ${expdes.baseName}_openms.mzTab \\
        -out_qpx ${expdes.baseName}_qpx \\
        ${msstats_present} \\
        $args \\
        2>&1 | tee proteomicslfq.log

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        ProteomicsLFQ: \$(ProteomicsLFQ 2>&1 | grep -E '^Version(.*)' | sed 's/Version: //g' | cut -d ' ' -f 1)
    END_VERSIONS
    """
}
