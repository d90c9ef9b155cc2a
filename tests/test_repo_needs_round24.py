"""The rules added when tests/needs_corpus24 was tuned on (after it was measured, held out; tests/needs_corpus25 was
measured with the scanner of 511644e frozen before this tuning), 2026-12-08 (twelfth session). Each rule with a case
where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_a_cog_yaml_in_a_deployment_folder_or_a_template_declares_the_gpu_and_cuda_its_vendor(tmp_path):
    cog = '"""\nThis file is used for deploying replicate demo\n"""\n\nbuild:\n  gpu: true\n  cuda: "11.3"\n'
    r = _write(tmp_path / "a", {"README.md": "# restore\n", "web-demos/replicate/cog.yaml": cog})
    assert (r.gpu, r.text) == ("required", "gpus>=1 gpu_vendor=nvidia")
    r = _write(tmp_path / "b", {"README.md": "# flux\n", "cog.yaml.template": "build:\n  gpu: true\n"})
    assert (r.gpu, r.text) == ("required", "gpus>=1")
    # must not fire: a CPU build
    r = _write(tmp_path / "c", {"README.md": "# m\n", "cog.yaml": "build:\n  gpu: false\n"})
    assert r.gpu == "none"


def test_a_basicsr_option_files_gpu_count(tmp_path):
    files = {"README.md": "# sr\n\nRequires CUDA >= 10.1.\n",
             "options/CodeFormer_stage2.yml": "name: CodeFormer_stage2\nmodel_type: CodeFormerIdxModel\nnum_gpu: 8\n"}
    r = _write(tmp_path / "a", files)
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: a num_gpu outside a configuration folder is no run's configuration
    r = _write(tmp_path / "b", {"README.md": files["README.md"], "data/meta.yml": "num_gpu: 8\n"})
    assert _need(r, "gpus") != "gpus>=8"


def test_a_slurm_jobs_gpus_on_one_node(tmp_path):
    job = "#!/bin/bash\n#SBATCH --job-name=train\n#SBATCH --gpus=1\ntorchrun --nproc_per_node=1 train.py\n"
    r = _write(tmp_path / "a", {"slurm/train_job_single.slurm": job})
    assert _need(r, "gpus") == "gpus>=1"
    assert any(e.where == "slurm/train_job_single.slurm:3" for e in r.evidence if e.need and e.need.key == "gpus")
    # must not fire: --gpus over several nodes is no node's count
    r = _write(tmp_path / "b", {"train.slurm": "#!/bin/bash\n#SBATCH --nodes=4\n#SBATCH --gpus=32\n"})
    assert not any(e.need and e.need.text() == "gpus>=32" for e in r.evidence)


def test_a_readme_that_trains_gives_its_training_commands_count(tmp_path):
    readme = ("# adapter\n\n## Inference\n\n```bash\ntorchrun --nproc_per_node 1 example.py --ckpt_dir m\n```\n\n"
              "## Fine-tuning\n\n```bash\ntorchrun --nproc_per_node 8 finetuning.py --model 7B\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: a one-GPU training way beside multi-GPU training (in Chinese: single-card QLoRA pre-training)
    readme = ("# firefly\n\n💻 单卡QLoRA预训练：\n\n```bash\npython train.py --train_args_file a.json\n```\n\n"
              "多卡：\n\n```bash\ntorchrun --nproc_per_node={num_gpus} train.py\nCUDA_VISIBLE_DEVICES=0,1 torchrun "
              "--nproc_per_node=2 train_qlora.py --train_args_file b.json\n```\n")
    r = _write(tmp_path / "b", {"README.md": readme})
    assert _need(r, "gpus") == "gpus>=1"


def test_a_range_of_gpu_memory_keeps_its_least(tmp_path):
    readme = "# toon\n\nThe model may consume about 24G~27G GPU memory in this implementation.\n"
    r = _write(tmp_path / "a", {"README.md": readme, "requirements.txt": "xformers\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=24GB"
    # must not fire: a model's memory in its name is no range
    r = _write(tmp_path / "b", {"README.md": "# t\n\nTraining requires 8 A100-80GB GPUs.\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=80GB"


def test_a_commands_documented_cpu_and_ram_defaults(tmp_path):
    usage = ("# shovill\n\n```\nRESOURCES\n  --tmpdir XXX    Fast temporary directory (default: '/tmp/x')\n"
             "  --cpus N        Number of CPUs to use (0=ALL) (default: 8)\n"
             "  --ram n.nn      Try to keep RAM usage below this many GB (default: 16)\n```\n")
    r = _write(tmp_path / "a", {"README.md": usage})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=8", "ram>=16GB")
    # must not fire: a default that is no CPU or RAM figure
    r = _write(tmp_path / "b", {"README.md": "# t\n\n```\n  --minlen N   Minimum contig length (default: 8)\n```\n"})
    assert (_need(r, "cpus"), _need(r, "ram")) == (None, None)


def test_a_nextflow_params_block_is_no_process_request_and_configs_is_read(tmp_path):
    config = 'params {\n    cores = 8\n    max_cores = 12\n    memory = "12.GB"\n}\n'
    base = "process {\n    withLabel:process_high {\n        cpus   = { 12 * task.attempt }\n" \
           "        memory = { 72.GB * task.attempt }\n    }\n}\n"
    r = _write(tmp_path / "a", {"nextflow.config": config, "configs/base.config": base})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=12", "ram>=72GB")
    # must not fire: a process block's own memory is a request
    r = _write(tmp_path / "b", {"nextflow.config": 'process {\n    memory = "12.GB"\n}\n'})
    assert _need(r, "ram") == "ram>=12GB"


def test_a_name_set_as_code_is_no_claim_of_no_gpu(tmp_path):
    readme = ("# tsbs\n\n1. a use case. E.g., `iot` (choose from `cpu-only`, `devops`, or `iot`)\n\n"
              "`./tsbs_generate_data --use-case=\"cpu-only\" --seed=123`\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "none" and not r.gpu_evidence
    # must not fire: said in words, or a run on the CPU device
    r = _write(tmp_path / "b", {"README.md": "# t\n\nThe tool is CPU-only.\n"})
    assert r.gpu_evidence
    r = _write(tmp_path / "c", {"README.md": "# t\n\nPass --device=\"cpu-only\" to run it.\n"})
    assert r.gpu_evidence


def test_fully_supporting_a_tool_that_runs_on_one_gpu_is_a_capability(tmp_path):
    readme = ("# rl\n\nElegantRL fully supports Isaac Gym that runs massively parallel simulation (e.g., 4096 "
              "sub-envs) on one GPU.\n\nIt will choose to utilize CPUs or GPUs automatically.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional"
    # must not fire: a requirement
    r = _write(tmp_path / "b", {"README.md": "# rl\n\nTraining requires one GPU.\n"})
    assert r.gpu == "required"


def test_an_install_scripts_cuda_packages_name_the_vendor_unless_in_a_branch(tmp_path):
    script = "#!/bin/bash\nconda install pytorch=2.4.0 pytorch-cuda=12.1 -c pytorch -c nvidia\npip install flash-attn\n"
    r = _write(tmp_path / "a", {"README.md": "# halos\n\nTraining needs 8 GPUs.\n", "install.sh": script})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
    # must not fire: the ROCm and CUDA installs of a script's if/else are alternatives the host picks
    branches = ("#!/bin/bash\nif [ \"$PLATFORM\" = cuda ]; then\n    pip install torch --index-url "
                "https://download.pytorch.org/whl/cu118\nelse\n    pip install torch --index-url "
                "https://download.pytorch.org/whl/rocm6.1\nfi\n")
    r = _write(tmp_path / "b", {"README.md": "# t\n\nAn NVIDIA GPU with at least 16GB of memory is necessary.\n",
                                "setup.sh": branches})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"


def test_a_one_line_if_closes_its_branch_so_later_installs_are_read(tmp_path):
    script = ("#!/bin/bash\nif [ -f .env ]; then source .env; fi\n"
              "conda install pytorch=2.4.0 pytorch-cuda=12.1 -c pytorch -c nvidia\n")
    r = _write(tmp_path / "a", {"README.md": "# halos\n\nTraining needs 8 GPUs.\n", "install.sh": script})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
