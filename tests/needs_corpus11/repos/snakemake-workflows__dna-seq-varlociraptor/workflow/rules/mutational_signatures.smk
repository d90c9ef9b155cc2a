rule create_mutational_context_file:
    input:
        bcf="results/final-calls/{group}/{group}.{event}.variants.fdr-controlled.bcf",
        idx="results/final-calls/{group}/{group}.{event}.variants.fdr-controlled.bcf.csi",
        ref=genome,
        fai=genome_fai,
    output:
        context=temp(
            "results/mutational_signatures/{group}.{event}.{sample_alias}.context.tsv"
        ),
        counts=temp(
            "results/mutational_signatures/{group}.{event}.{sample_alias}.counts.tsv"
        ),
    log:
        "logs/mutational_signatures/context/{group}.{event}.{sample_alias}.log",
    conda:
        "../envs/pystats.yaml"
    params:
        min_vafs=mutational_signature_vaf_thresholds,
    script:
        "../scripts/create_mutational_context.py"


rule download_cosmic_signatures:
    output:
        "resources/cosmic_signatures.txt",
    log:
        "logs/mutational_signatures/download_cosmic.log",
    conda:
        "../envs/curl.yaml"
    params:
        # when updating signature version here, also update workflow/resources/cosmic_signature_desc_v3.4.tsv
        url=lambda wc: "https://cog.sanger.ac.uk/cosmic-signatures-production/documents/COSMIC_v3.4_SBS_{}.txt".format(
            config["ref"]["build"]
        ),
    shell:
        "curl {params.url} -o {output} &> {log}"


rule annotate_mutational_signatures:
    input:
        cosmic_signatures="resources/cosmic_signatures.txt",
        context="results/mutational_signatures/{group}.{event}.{sample_alias}.context.tsv",
    output:
        temp(
            expand(
                "results/mutational_signatures/{{group}}.{{event}}.{{sample_alias}}.{vaf}.tsv",
                vaf=mutational_signature_vaf_thresholds,
            )
        ),
    log:
        "logs/mutational_signatures/annotate/{group}.{event}.{sample_alias}.log",
    conda:
        "../envs/siglasso.yaml"
    params:
        build=config["ref"]["build"],
        min_vafs=mutational_signature_vaf_thresholds,
    script:
        "../scripts/annotate_mutational_signatures.R"


rule join_mutational_signatures:
    input:
        expand(
            "results/mutational_signatures/{{group}}.{{event}}.{{sample_alias}}.{vaf}.tsv",
            vaf=mutational_signature_vaf_thresholds,
        ),
    output:
        temp("results/mutational_signatures/{group}.{event}.{sample_alias}.tsv"),
    log:
        "logs/mutational_signatures/join/{group}.{event}.{sample_alias}.log",
    shell:
        """
        cat <(echo "Signature\tFrequency\tMinimum VAF") {input} >>{output} 2>{log}
        """


rule annotate_descriptions:
    input:
        sig="results/mutational_signatures/{group}.{event}.{sample_alias}.tsv",
        desc=workflow.source_path("../resources/cosmic_signature_desc_v3.4.tsv"),
    output:
        "results/mutational_signatures/{group}.{event}.{sample_alias}.annotated.tsv",
    log:
        "logs/mutational_signatures/annotate/{group}.{event}.{sample_alias}.log",
    conda:
        "../envs/pystats.yaml"
    script:
        "../scripts/annotate_descriptions.py"


rule plot_mutational_signatures:
    input:
        signatures="results/mutational_signatures/{group}.{event}.{sample_alias}.annotated.tsv",
        counts="results/mutational_signatures/{group}.{event}.{sample_alias}.counts.tsv",
    output:
        report(
            "results/plots/mutational_signatures/{group}.{event}.{sample_alias}.html",
            category="Mutational Signatures",
            subcategory="{event}",
            labels={"group": "{group}", "sample": "{sample_alias}"},
        ),
    log:
        "logs/mutational_signatures/{group}.{event}.{sample_alias}.log",
    conda:
        "../envs/pystats.yaml"
    script:
        "../scripts/plot_mutational_signatures.py"
