"""The rules added when tests/needs_corpus26 was tuned on (after it was measured, held out; tests/needs_corpus27 was
measured with the scanner of 11cee78 frozen before this tuning), 2026-12-08 (twelfth session). Each rule with a case
where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_cuda_visible_devices_named_in_prose_names_nvidia(tmp_path):
    doc = ("# Training\n\nTo train the base model on two GPUs, you can use:\n\n```bash\npython -m "
           "torch.distributed.run --nproc_per_node=2 train.py\n```\n\n`nproc_per_node` refers to the number of GPUs "
           "to be used (specify "
           "`CUDA_VISIBLE_DEVICES` to select which GPUs to use).\n")
    r = _write(tmp_path / "a", {"README.md": "# xmem\n", "docs/TRAINING.md": doc})
    assert (_need(r, "gpus"), _need(r, "gpu_vendor")) == ("gpus>=2", "gpu_vendor=nvidia")
    # must not fire: no CUDA named
    r = _write(tmp_path / "b", {"README.md": "# xmem\n", "docs/TRAINING.md": doc.split("`nproc_per_node`")[0]})
    assert _need(r, "gpu_vendor") is None


def test_one_step_that_needs_no_gpu_is_no_cpu_way_for_the_repository(tmp_path):
    readme = ("# rm\n\n- 4 x A40 48G: we can train Gemma-7B-it with max_length 4096 by Deepspeed Zero-3;\n"
              "- 4 x A100 80G: we can train Gemma-7B-it with max_length 4096 by gradient checkpoint;\n")
    step = "# armo\n\n- Perform linear regression with sklearn's Ridge. Note: this training doesn't require a GPU.\n"
    r = _write(tmp_path / "a", {"README.md": readme, "armo-rm/README.md": step})
    assert r.gpu == "required"
    # must not fire: the repository's own training needs no GPU
    r = _write(tmp_path / "b", {"README.md": "# rm\n\nTraining doesn't require a GPU.\n"})
    assert r.gpu != "required"


def test_an_install_a_code_comment_puts_under_gpu_support_is_optional(tmp_path):
    readme = ("# jaxrl\n\n```bash\npoetry install\n# For GPU support run\npip install \"jax[cuda]==0.3.10\" -f "
              "https://storage.googleapis.com/jax-releases/jax_cuda_releases.html\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional"
    # must not fire: the install with no such comment
    r = _write(tmp_path / "b", {"README.md": readme.replace("# For GPU support run\n", "")})
    assert r.gpu == "required"


def test_a_count_the_text_also_allows_beside_its_default_yields_to_the_default(tmp_path):
    model_zoo = "# Model zoo\n\n* We use distributed training with 4 GPUs by default.\n"
    train = ("# Train\n\nThe default learning rate is for 4 GPUs and 2 img/gpu (batch size = 4x2 = 8).\n"
             "Equivalently, you may also use 8 GPUs and 1 imgs/gpu since all models using cross-GPU SyncBN.\n\n"
             "If you launch multiple jobs on a single machine, e.g., 2 jobs of 4-GPU training on a machine with 8 GPUs,"
             " you need to specify different ports.\n")
    r = _write(tmp_path / "a", {"README.md": "# seg\n", "docs/model_zoo.md": model_zoo, "docs/train.md": train})
    assert _need(r, "gpus") == "gpus>=4"
    # must not fire: a count said plainly
    r = _write(tmp_path / "b", {"README.md": "# seg\n\nTraining uses 8 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=8"


def test_two_vendor_words_before_a_model_keep_its_count(tmp_path):
    readme = ("# dnabert\n\nPlease make sure you have at least one NVIDIA GPU. We applied distributed training on 8 "
              "NVIDIA GeForce RTX 2080 Ti with 11 GB graphic memory.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=8", "gpu_memory>=11GB")
    # must not fire: one vendor word, as before
    r = _write(tmp_path / "b", {"README.md": "# d\n\nWe train on 4 NVIDIA A100 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=4"


def test_a_snakemake_memory_per_thread_is_the_rules_threads_times_it(tmp_path):
    rules = ("rule sleuth_init:\n    threads: 6\n    resources:\n        mem_mb=lambda wc, threads: threads * 8000,\n"
             "    script:\n        \"s.R\"\n\nrule spia:\n    threads: 2\n    resources:\n        mem_mb=32000,\n")
    r = _write(tmp_path / "a", {"workflow/rules/diffexp.smk": rules})
    assert _need(r, "ram") == "ram>=48GB"
    # must not fire: memory from the input's size says nothing fixed
    r = _write(tmp_path / "b", {"workflow/rules/x.smk": rules.replace("threads * 8000", "input.size_mb * 3")})
    assert _need(r, "ram") == "ram>=32GB"
