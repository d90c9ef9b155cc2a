"""The rules added when tests/needs_corpus27 was tuned on (after it was measured, held out; tests/needs_corpus28 was
measured with the scanner of bf663dc frozen before this tuning), 2026-12-08 (twelfth session). Each rule with a case
where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_a_nextflow_gpu_parameter_that_gives_the_containers_the_gpus_is_an_optional_nvidia_gpu(tmp_path):
    base = ("if (params.deepvariant_gpu) {\n    docker.runOptions      = '--gpus all'\n    singularity.runOptions = "
            "'--nv'\n}\n\nprocess {\n    cpus   = { 1 * task.attempt }\n}\n")
    r = _write(tmp_path / "a", {"conf/base.config": base})
    assert r.gpu == "optional"
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_vendor=nvidia cpus>=1"
    # must not fire: run options under no GPU parameter
    r = _write(tmp_path / "b", {"conf/base.config": base.replace("params.deepvariant_gpu", "params.use_docker")})
    assert r.gpu == "none"


def test_what_it_is_expected_to_work_well_with_is_the_least_gpu_memory(tmp_path):
    readme = ("# story\n\n**(Recommend)** We provide a low GPU Memory cost version, it was tested on a machine with "
              "24GB GPU-memory(Tesla A10) and 30GB RAM, and expected to work well with >20 G GPU-memory.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert _need(r, "gpu_memory") == "gpu_memory>=20GB"
    # must not fire: the tested card alone stays a recommendation's figure
    r = _write(tmp_path / "b", {"README.md": readme.split(", and expected")[0] + ".\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=24GB"


def test_an_optional_cuda_install_and_a_cuda_switch_are_an_optional_gpu(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# comb\n\nYou need a C++ compiler, an MPI library, and optionally an "
                                             "install of cuda 9.0 or later.\n"})
    assert r.gpu == "optional"
    r = _write(tmp_path / "b", {"README.md": "# lz\n\n- `cuda`: Whether to use CUDA (GPU) for training.\n"})
    assert r.gpu == "optional"
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_vendor=nvidia"
    # must not fire: CUDA as a requirement
    r = _write(tmp_path / "c", {"README.md": "# comb\n\nYou need a C++ compiler and an install of CUDA 9.0 or later "
                                             "on a GPU node.\n"})
    assert r.gpu != "optional"


def test_a_jobs_request_outranks_another_scripts_comment(tmp_path):
    pruning = "#!/bin/bash\n#SBATCH --nodes=4\n#SBATCH --gpus-per-node=2\n#SBATCH --mem=512gb\n"
    sft = "# An example for 2 nodes, each uses 4 GPUs\nsrun python sft.py\n"
    r = _write(tmp_path / "a", {"llmshearing/scripts/pruning.sh": pruning, "instruction_tuning/scripts/sft.sh": sft})
    assert _need(r, "gpus") == "gpus>=2"
    # must not fire: a comment alone still says the count
    r = _write(tmp_path / "b", {"instruction_tuning/scripts/sft.sh": sft})
    assert _need(r, "gpus") == "gpus>=4"
