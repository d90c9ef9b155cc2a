"""The rules added when tests/needs_corpus9 was tuned on (after it was measured once, held out), 2026-12-03 (fifth
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write

CUDA_ENV = "name: x\ndependencies:\n  - cudatoolkit=11.3\n  - pytorch\n"


def _terms(sentence: str, heading: str = "") -> list[str | None]:
    return [s.term for s in sentence_statements(sentence, 1, heading)]


def test_count_memory_model_without_an_x_is_one_gpu_set():
    terms = _terms("Note: this command is run on a machine with 4 80GB A100s; on this hardware, SFT takes 1hr.")
    assert "gpus>=4" in terms and "gpu_memory>=80GB" in terms
    # must not fire: a version number before a memory figure is no GPU count
    assert "gpus>=3" not in _terms("Python 3 and a GPU with 24GB of memory are required.")


def test_an_illustration_or_a_case_is_no_gpu_count():
    assert "gpus>=2" not in _terms("For multiple GPUs, partition the model. e.g., for two GPUs, the first half of "
                                   "the model layers will be on GPU 0.")
    assert "gpus>=2" not in _terms("For example, if you have 2 GPUs but the aggregated GPU memory is less than the "
                                   "model size, you still need offloading.")
    # must not fire: a stated requirement keeps its count
    assert "gpus>=2" in _terms("Training requires 2 GPUs with 40GB each.")


def test_preferably_at_least_is_a_recommendation():
    st = sentence_statements("Finally, on another GPU-enabled machine (preferably with at least 2 GPUs) run the "
                             "server.", 1, "")
    assert [s.reading for s in st if s.term == "gpus>=2"] == ["2 GPU(s) per node, recommended"]
    st = sentence_statements("Training needs at least 2 GPUs.", 1, "")
    assert any(s.term == "gpus>=2" and "minimum" in s.reading for s in st)


def test_dram_beside_a_gpu_is_the_hosts_memory():
    terms = _terms("You can use the commands below to run MMLU with a single T4 (16GB) GPU and 200GB of DRAM.")
    assert "ram>=200GB" in terms and "gpu_memory>=16GB" in terms
    # must not fire: a GPU's own memory is not the host's
    assert not any((t or "").startswith("ram") for t in _terms("It needs a GPU with 24GB RAM to run the model."))


def test_example_commands_on_a_machine_are_a_recommendation():
    st = sentence_statements("Example commands for OPT-30B on machines with 32GB of system RAM and 24 GB of VRAM.",
                             1, "")
    assert {s.term for s in st} >= {"ram>=32GB", "gpu_memory>=24GB"}
    assert all("recommended" in s.reading for s in st if s.term)


def test_memory_said_of_a_single_gpu_is_per_gpu_even_beside_splitting_across_gpus():
    st = sentence_statements("The repository supports multi-GPU operation (splitting the model across multiple "
                             "graphics cards) and single-GPU operation, though it requires approximately 60GB VRAM "
                             "when running on a single GPU.", 1, "")
    assert "gpu_memory>=60GB" in [s.term for s in st]
    # must not fire: a total across GPUs stays a total
    st = sentence_statements("It requires about 112 GB of VRAM in total across GPUs.", 1, "")
    assert "gpu_memory>=112GB" not in [s.term for s in st] and any("total" in s.reading for s in st)


def test_a_documented_slurm_allocation_gives_the_hosts_memory_and_cpus(tmp_path):
    readme = ("# LM\n\nOn a Slurm cluster:\n\n```bash\n"
              "salloc --nodes 2 --cpus-per-gpu 16 --mem 1760GB --gres=gpu:8 --exclusive --time=72:00:00\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV})
    assert _need(r, "ram") == "ram>=1760GB" and _need(r, "cpus") == "cpus>=128"
    assert _write(tmp_path / "b", {"README.md": "# x\n\n```\nsrun -c 12 --mem=32G python run.py\n```\n",
                                   "environment.yaml": CUDA_ENV}).needs.text().count("cpus>=12") == 1
    # must not fire: --mem outside a Slurm command (a program's own flag)
    r = _write(tmp_path / "c", {"README.md": "# x\n\n```\npython run.py --mem 64G\n```\n"})
    assert _need(r, "ram") is None
    # an #SBATCH --mem with a "GB" unit is read too
    r = _write(tmp_path / "d", {"job.sbatch": "#!/bin/bash\n#SBATCH --mem=64GB\n#SBATCH --gres=gpu:1\npython x.py\n"})
    assert _need(r, "ram") == "ram>=64GB"


def test_a_setup_naming_cuda_names_the_vendor_when_nothing_else_does(tmp_path):
    readme = ("# Llama\n\n## Quick Start\n\n1. In a conda env with PyTorch / CUDA available clone this repository.\n\n"
              "```\ntorchrun --nproc_per_node 1 example.py\n```\n")
    assert _need(_write(tmp_path / "a", {"README.md": readme}), "gpu_vendor") == "gpu_vendor=nvidia"
    # must not fire: CUDA beside ROCm names no vendor, and a CPU-only tool gets no GPU need from a comparison
    both = readme.replace("PyTorch / CUDA available", "PyTorch with CUDA or ROCm available")
    assert _need(_write(tmp_path / "b", {"README.md": both}), "gpu_vendor") is None


def test_xformers_is_a_cuda_build(tmp_path):
    r = _write(tmp_path / "a", {"requirements.txt": "torch==2.3.1\nxformers==0.0.27\n"})
    assert r.gpu == "required" and _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
    # must not fire: plain torch alone is no GPU
    assert _write(tmp_path / "b", {"requirements.txt": "torch==2.3.1\n"}).gpu == "none"


def test_a_vagrantfile_sizes_its_vm(tmp_path):
    vagrant = ('Vagrant.configure(2) do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n'
               '  config.vm.provider "virtualbox" do |vb|\n    # Larger memory helps build faster\n'
               '    vb.memory = 8192\n    vb.cpus = 4\n  end\nend\n')
    r = _write(tmp_path / "a", {"vm/Vagrantfile": vagrant})
    assert _need(r, "ram") == "ram>=8GiB" and _need(r, "cpus") == "cpus>=4" and r.gpu == "none"
    # a stated minimum outranks the VM's recommended size
    readme = "# Lab\n\nThe VM requires at least 4GB of RAM.\n"
    assert _need(_write(tmp_path / "b", {"vm/Vagrantfile": vagrant, "README.md": readme}), "ram") == "ram>=4GB"
    # must not fire: settings outside a provider block, and commented ones
    other = 'Vagrant.configure(2) do |config|\n  # vb.memory = 8192\n  app.memory = 64\nend\n'
    assert _need(_write(tmp_path / "c", {"Vagrantfile": other}), "ram") is None


def test_one_ram_figure_per_setting_keeps_the_least(tmp_path):
    readme = ("# RL\n\nYou will need a machine with a GPU and at least 12 GB of RAM for single-task online RL, and "
              "128 GB of RAM for multi-task offline RL on our dataset.\n")
    assert _need(_write(tmp_path / "a", {"README.md": readme}), "ram") == "ram>=12GB"
    # must not fire: two figures not said of settings (a minimum and what the machine has) keep the larger
    both = "# x\n\nThe build requires at least 16GB of RAM and a server with 64GB of RAM.\n"
    assert _need(_write(tmp_path / "b", {"README.md": both}), "ram") == "ram>=64GB"
