rule filter_candidates_by_annotation:
    input:
        bcf="results/candidate-calls/{caller}/{group}/{group}.{scatteritem}.annotated.bcf",
        aux=get_candidate_filter_aux_files(),
    output:
        "results/candidate-calls/{caller}/filtered/{group}/{group}.{scatteritem}.bcf",
    log:
        "logs/filter-calls/annotation/{caller}/{group}/{group}.{scatteritem}.log",
    conda:
        "../envs/vembrane.yaml"
    params:
        filter=get_candidate_filter_expression,
        aux=get_candidate_filter_aux,
    shell:
        "(bcftools norm -Ou --do-not-normalize --multiallelics -any {input} | "
        'vembrane filter {params.aux} "{params.filter}" | bcftools sort -Ob > {output}) &> {log}'


rule filter_by_annotation:
    input:
        bcf=get_annotated_bcf,
        csi=partial(get_annotated_bcf, index=True),
        aux=get_annotation_filter_aux_files,
    output:
        "results/calls/filtered/filtered_ann/{group}/{event}/{group}.{calling_type}.{scatteritem}.bcf",
    log:
        "logs/filter-calls/annotation/{group}/{event}/{group}.{calling_type}.{scatteritem}.log",
    conda:
        "../envs/vembrane.yaml"
    params:
        filter=get_annotation_filter_expression,
        aux=get_annotation_filter_aux,
    shell:
        'vembrane filter {params.aux} "{params.filter}" {input.bcf} --output-fmt bcf --output {output} &> {log}'


rule filter_odds:
    input:
        "results/calls/filtered/filtered_ann/{group}/{event}/{group}.{calling_type}.{scatteritem}.bcf",
    output:
        "results/calls/filtered/filtered_odds/{group}/{event}/{group}.{calling_type}.{scatteritem}.bcf",
    log:
        "logs/filter-calls/posterior_odds/{group}/{event}/{group}.{calling_type}.{scatteritem}.log",
    conda:
        "../envs/varlociraptor.yaml"
    params:
        events=lambda wc: config["calling"]["fdr-control"]["events"][wc.event][
            "varlociraptor"
        ],
    shell:
        "varlociraptor filter-calls posterior-odds --events {params.events} --odds barely < {input} > {output} 2> {log}"


rule gather_calls:
    input:
        calls=get_gather_calls_input(),
        idx=get_gather_calls_input(ext="bcf.csi"),
    output:
        "results/calls/filtered/{group}/{event}/{group}.{calling_type}.filtered_{by}.bcf",
    log:
        "logs/gather-calls/{group}/{event}/{group}.{calling_type}.filtered_{by}.log",
    params:
        extra="-a",
    wrapper:
        "v2.3.2/bio/bcftools/concat"


rule control_fdr:
    input:
        get_control_fdr_input,
    output:
        "results/calls/fdr-controlled/{group}/{event}/{group}.{vartype}.{calling_type}.bcf",
    log:
        "logs/control-fdr/{group}/{event}/{group}.{vartype}.{calling_type}.log",
    conda:
        "../envs/varlociraptor.yaml"
    params:
        query=get_fdr_control_params,
    shell:
        "varlociraptor filter-calls control-fdr {input} {params.query[mode]} --var {wildcards.vartype} "
        "--events {params.query[events]} --fdr {params.query[threshold]} {params.query[retain_artifacts]} > {output} 2> {log}"


rule merge_calls:
    input:
        calls=get_merge_calls_input("bcf"),
        idx=get_merge_calls_input("bcf.csi"),
    output:
        "results/final-calls/{group}/{group}.{event}.{calling_type}.fdr-controlled.bcf",
    log:
        "logs/merge-calls/{group}/{group}.{event}.{calling_type}.log",
    params:
        extra="-a",
    wrapper:
        "v2.3.2/bio/bcftools/concat"


rule convert_phred_scores:
    input:
        "results/final-calls/{group}/{group}.{event}.{calling_type}.fdr-controlled.bcf",
    output:
        "results/final-calls/{group}/{group}.{event}.{calling_type}.fdr-controlled.normal-probs.bcf",
    log:
        "logs/convert-phred-scores/{group}.{event}.{calling_type}.log",
    conda:
        "../envs/varlociraptor.yaml"
    shell:
        "varlociraptor decode-phred < {input} > {output} 2> {log}"
