"""The rules added when tests/needs_corpus11 was tuned on (after it was measured once, held out), 2026-12-03
(seventh session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write

START = "## What you'll need\n\n* 2 CPUs or more\n* 2GB of free memory\n* 20GB of free disk space\n"


def test_a_documentation_sites_start_page_is_read_at_any_depth(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Kube\n", "site/content/en/docs/start/_index.md": START})
    assert r.text == "cpus>=2 ram>=2GB disk>=20GB"
    assert [e.where for i in r.items for e in i.used] == [f"site/content/en/docs/start/_index.md:{n}"
                                                          for n in (3, 4, 5)]
    # must not fire: another page of the site (a tutorial) is about its subject, not the project's hardware
    r = _write(tmp_path / "b", {"README.md": "# Kube\n", "site/content/en/docs/tutorials/_index.md": START})
    assert r.text == ""


def test_free_memory_and_space_available_on_disk(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# X\n\nYou need 16GB of free memory. We need about 60GB available "
                                "on disk (for saving weights), please check!\n"})
    assert (_need(r, "ram"), _need(r, "disk")) == ("ram>=16GB", "disk>=60GB")
    # must not fire: GPU memory stays GPU memory
    r = _write(tmp_path / "b", {"README.md": "# X\n\nIt needs 16GB of free GPU memory.\n"})
    assert _need(r, "ram") is None


def test_settings_that_work_fine_for_a_machine_are_a_recommendation(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Geo\n\nA full import requires at least 64GB of RAM.\n\n"
                                "The numbers in brackets seem to work fine for\n128GB RAM machine. Adjust to your "
                                "setup.\n"})
    assert _need(r, "ram") == "ram>=64GB"
    # must not fire: a stated need is still the minimum
    r = _write(tmp_path / "b", {"README.md": "# Geo\n\nThe import requires 128GB RAM.\n"})
    assert _need(r, "ram") == "ram>=128GB"


def test_snakemake_rules_declare_threads_and_memory(tmp_path):
    rules = ("rule sort:\n    input: 'a.bam'\n    threads: 96  # IO bound beyond\n    resources:\n"
             "        mem_mb=64000,\n    wrapper: 'v1/bio/sort'\n\n"
             "rule count:\n    threads: min(max(workflow.cores, 1), 128)\n    resources:\n        mem=\"8GB\",\n"
             "    params:\n        mem_mb=900000,\n")
    r = _write(tmp_path / "a", {"README.md": "# Variants\n", "workflow/rules/mapping.smk": rules})
    assert r.text == "cpus>=96 ram>=64GB" and r.gpu == "none"
    assert [(i.confidence, [e.where for e in i.used]) for i in r.items] == [
        ("declared", ["workflow/rules/mapping.smk:3"]), ("declared", ["workflow/rules/mapping.smk:5"])]
    # must not fire: a run-dependent thread count or memory (and a params value named like one) says nothing fixed
    r = _write(tmp_path / "b", {"README.md": "# V\n", "Snakefile": "rule a:\n    threads: workflow.cores\n"
                                "    resources:\n        mem_mb=lambda wc, input: input.size_mb * 2,\n"
                                "    params:\n        mem_mb=900000,\n"})
    assert r.text == ""


def test_a_high_memory_label_is_recommended_beside_the_largest_ordinary_request(tmp_path):
    conf = ("process {\n    withLabel:process_high {\n        cpus   = { 12    * task.attempt }\n"
            "        memory = { 72.GB * task.attempt }\n    }\n    withLabel:process_high_memory {\n"
            "        memory = { 200.GB * task.attempt }\n    }\n}\n")
    r = _write(tmp_path / "a", {"README.md": "# P\n", "conf/base.config": conf})
    assert r.text == "cpus>=12 ram>=72GB"
    # must not fire: without a high-memory label the largest request is the minimum, whatever its size
    r = _write(tmp_path / "b", {"README.md": "# P\n", "conf/base.config": conf.replace("process_high_memory",
                                                                                       "process_long")})
    assert r.text == "cpus>=12 ram>=200GB"


def test_a_development_containers_storage_yields_to_the_larger_disk_the_run_needs(tmp_path):
    dev = '{"image": "x", "hostRequirements": {"cpus": 4, "memory": "16gb", "storage": "32gb"}}\n'
    docs = "# AlphaFold2\n\n> The AlphaFold2 reference databases require ~2TB of disk space.\n"
    r = _write(tmp_path / "a", {"README.md": "# P\n", ".devcontainer/devcontainer.json": dev,
                                "docs/usage.md": docs})
    assert _need(r, "disk") == "disk>=2TB" and _need(r, "ram") == "ram>=16GB"
    # must not fire: a smaller figure in the documents leaves the declaration as it is
    r = _write(tmp_path / "b", {"README.md": "# P\n", ".devcontainer/devcontainer.json": dev,
                                "docs/usage.md": docs.replace("~2TB", "10GB")})
    assert _need(r, "disk") == "disk>=32GB"


def test_disk_space_is_not_a_hosted_demo(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# P\n\nThe databases require ~2TB of disk space.\n"})
    used = [e for i in r.items for e in i.used]
    assert [e.need.text() for e in used] == ["disk>=2TB"] and "demo" not in used[0].reading
    # must not fire: a Hugging Face Space is still a hosted demo
    r = _write(tmp_path / "b", {"README.md": "# P\n\nOur demo on Spaces runs on one A10G GPU with 24GB.\n"})
    memory = [e for i in r.items for e in i.used if i.need.key == "gpu_memory"]
    assert _need(r, "gpu_memory") == "gpu_memory>=24GB" and memory and all("demo" in e.reading for e in memory)
