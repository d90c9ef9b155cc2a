#!/usr/bin/env nextflow

include { samplesheetToList                 } from 'plugin/nf-schema'

/************************** 
* MODULES
**************************/
include { RESTORE as RESTORE_CATEGORY_FASTA } from '../modules/local/restore'
include { RESTORE as RESTORE_FILTERED_FASTA } from '../modules/local/restore'
include { MULTIQC                           } from '../modules/nf-core/multiqc'
include { FILTER_PROTEINS_IN_CONTIGS        } from '../modules/local/filter_proteins_in_contigs'

/************************** 
* SUB WORKFLOWS
**************************/

include { ASSEMBLE_ILLUMINA                 } from '../subworkflows/local/assemble_illumina'
include { ANNOTATE                          } from '../subworkflows/local/annotate'
include { DETECT                            } from '../subworkflows/local/detect'
include { DOWNLOAD_DATABASES                } from '../subworkflows/local/download_databases'
include { PLOT                              } from '../subworkflows/local/plot'
include { PREPROCESS                        } from '../subworkflows/local/preprocess'
include { SPLIT_PROTEINS                    } from '../modules/local/split_proteins'

/************************** 
* WORKFLOW ENTRY POINT
**************************/

/* 
Here the main workflow starts and runs the defined sub workflows. 
*/

workflow VIRIFY {

    /************************** 
    * INPUT CHANNELS 
    **************************/

    input_ch = Channel.empty()
    mashmap_ref_ch = Channel.empty()
    factor_file = Channel.empty()
    ch_multiqc_config = Channel.fromPath("${projectDir}/assets/multiqc_config.yml", checkIfExists: true)
    ch_multiqc_custom_config = params.multiqc_config ? Channel.fromPath(params.multiqc_config, checkIfExists: true) : Channel.empty()
    ch_multiqc_logo = params.multiqc_logo ? Channel.fromPath(params.multiqc_logo, checkIfExists: true) : Channel.fromPath("${projectDir}/assets/mgnify_logo.png")
    ch_multiqc_custom_methods_description = params.multiqc_methods_description ? file(params.multiqc_methods_description, checkIfExists: true) : file("${projectDir}/assets/methods_description_template.yml", checkIfExists: true)

    if (params.samplesheet) {
        groupInputs = { id, assembly, fq1, fq2, proteins ->
            if (fq1 == []) {
                if (params.use_proteins && proteins) {
                    return tuple(
                        ["id": id],
                        assembly,
                        proteins,
                    )
                }
                else {
                    return tuple(
                        ["id": id],
                        assembly,
                    )
                }
            }
            else {
                if (params.assemble) {
                    return tuple(
                        ["id": id],
                        [fq1, fq2],
                    )
                }
                else {
                    exit(1, "input missing, use [--assemble] flag with raw reads")
                }
            }
        }
        samplesheet = Channel.fromList(samplesheetToList(params.samplesheet, "./assets/schema_input.json"))
        input_ch = samplesheet.map(groupInputs)
    }

    // one sample of assembly
    if (params.fasta) {
        input_ch = Channel
            .fromPath(params.fasta, checkIfExists: true)
            .map { file -> tuple(["id": file.simpleName], file) }
    }

    // mashmap input
    if (params.mashmap) {
        mashmap_ref_ch = Channel.fromPath(params.mashmap, checkIfExists: true)
    }

    // factor file input
    if (params.factor) {
        factor_file = file(params.factor, checkIfExists: true)
    }

    /**************************************************************/
    // check/ download all databases

    DOWNLOAD_DATABASES()

    /**************************************************************/

    assembly_ch = Channel.empty()
    proteins_ch = Channel.empty()

    // ----------- if --assemble specified - assemble reads first
    if (params.assemble) {
        ASSEMBLE_ILLUMINA(input_ch)
        assembly_ch = ASSEMBLE_ILLUMINA.out.assembly
    }
    else {
        if (params.use_proteins) {
            assembly_ch = input_ch.map { meta, assembly, _proteins -> tuple(meta, assembly) }
        }
        else {
            assembly_ch = input_ch
        }
    }

    // ----------- length filtering + rename fasta ------------------ //
    PREPROCESS(assembly_ch)

    mapfile = PREPROCESS.out.mapfile

    filtered_and_renamed_assembly = PREPROCESS.out.filtered_and_renamed_contigs_fasta

    // Rename contigs to names before space for original assembly
    RESTORE_FILTERED_FASTA(filtered_and_renamed_assembly.map { meta, fasta, _contigs_count -> [meta, fasta] }.join(mapfile), "temporary", "short")

    assembly_with_short_contignames = RESTORE_FILTERED_FASTA.out.map { meta, _name, fasta -> [meta, fasta] }

    // ----------- if --onlyannotate - skip DETECT step
    if (params.onlyannotate) {
        // use filtered fasta with short names
        category_fasta = RESTORE_FILTERED_FASTA.out
    }
    else {
        DETECT(
            filtered_and_renamed_assembly,
            DOWNLOAD_DATABASES.out.virsorter_db,
            DOWNLOAD_DATABASES.out.virfinder_db,
            DOWNLOAD_DATABASES.out.pprmeta_git,
        )
        // output: (meta, fasta)

        // ----------- restore fasta files for each category fasta
        files_to_restore = DETECT.out.detect_output
            .join(mapfile)
            .map { meta, files, mapping_file ->
                // Ensure files is always a list
                def filesList = files instanceof List ? files : [files]
                [meta, filesList, mapping_file]
            }
            .transpose(by: 1)
        RESTORE_CATEGORY_FASTA(files_to_restore, "temporary", "short")
        category_fasta = RESTORE_CATEGORY_FASTA.out
    }

    // ----------- split proteins into HC/LC/PP - if provided
    if (params.use_proteins) {

        faa = input_ch.map { meta, _assembly, proteins -> tuple(meta, proteins) }

        // Remove proteins belonging to contigs that did not pass length filtering
        // and the ones that do not have a Prodigal/Pyrodigal header
        FILTER_PROTEINS_IN_CONTIGS(
            faa.join(assembly_with_short_contignames)
        )

        SPLIT_PROTEINS(category_fasta.groupTuple().join(FILTER_PROTEINS_IN_CONTIGS.out).transpose())

        proteins_ch = SPLIT_PROTEINS.out
    }

    // ----------- ANNOTATE
    // category_fastas is already per-category: (meta, set_name, fasta) or (meta, set_name, fasta, faa)
    // assembly_with_short_contignames is passed separately as a per-sample channel
    annotate_input = params.use_proteins ? proteins_ch : category_fasta

    ANNOTATE(
        annotate_input,
        assembly_with_short_contignames,
        DOWNLOAD_DATABASES.out.viphog_db,
        DOWNLOAD_DATABASES.out.ncbi_db,
        DOWNLOAD_DATABASES.out.rvdb_db,
        DOWNLOAD_DATABASES.out.pvogs_db,
        DOWNLOAD_DATABASES.out.vogdb_db,
        DOWNLOAD_DATABASES.out.vpf_db,
        DOWNLOAD_DATABASES.out.imgvr_db,
        DOWNLOAD_DATABASES.out.additional_model_data,
        DOWNLOAD_DATABASES.out.checkv_db,
        factor_file,
        mashmap_ref_ch,
    )

    // ----------- PLOT 
    PLOT(
        ANNOTATE.out.assign_output,
        ANNOTATE.out.chromomap,
    )

    if (params.assemble) {

        ch_multiqc_files = ASSEMBLE_ILLUMINA.out.ch_multiqc_files

        MULTIQC(
            ch_multiqc_files.collect(),
            ch_multiqc_config.toList(),
            ch_multiqc_custom_config.toList(),
            ch_multiqc_logo.toList(),
            false,
            false,
        )
    }
}
