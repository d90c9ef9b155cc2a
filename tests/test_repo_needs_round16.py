"""The rules added when tests/needs_corpus16 was tuned on (after it was measured once, held out), 2026-12-04 (tenth
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def _terms(sentence: str) -> list[str | None]:
    return [st.term for st in sentence_statements(sentence, 1, "")]


def test_a_documented_docker_run_with_the_hosts_gpus(tmp_path):
    readme = "# Serve\n\n```bash\ndocker run --gpus all -it --rm nvcr.io/nvidia/pytorch:24.05-py3 bash\n```\n"
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (r.gpu, _need(r, "gpus"), _need(r, "gpu_vendor")) == ("required", "gpus>=1", "gpu_vendor=nvidia")
    assert {e.line for e in r.evidence if e.need} == {4}
    # must not fire: a container run without the host's GPUs
    r = _write(tmp_path / "b", {"README.md": "# Serve\n\n```bash\ndocker run -it --rm -p 8080:80 app:latest\n```\n"})
    assert (r.gpu, _need(r, "gpus")) == ("none", None)


def test_a_launch_scripts_hydra_override_of_gpus_per_node(tmp_path):
    script = "#!/bin/bash\npython3 -m verl.trainer.main_ppo \\\n    data.train_batch_size=256 \\\n" \
             "    trainer.n_gpus_per_node=8 \\\n    trainer.nnodes=1\n"
    r = _write(tmp_path / "a", {"README.md": "# RL\n", "examples/run.sh": script, "requirements.txt": "torch\n"})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: the same override in a README's quick start (run as written there, not as a launch count)
    r = _write(tmp_path / "b", {"README.md": f"# RL\n\n```bash\n{script}```\n", "requirements.txt": "torch\n"})
    assert _need(r, "gpus") != "gpus>=8"


def test_a_training_config_under_examples(tmp_path):
    config = "actor_train:\n  device_mapping: list(range(0,8))\nnum_gpus_per_node: 8\n"
    r = _write(tmp_path / "a", {"README.md": "# RL\n", "examples/qwen-7B/rlvr_config.yaml": config})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: the same file elsewhere (a dataset's or a tool's YAML)
    r = _write(tmp_path / "b", {"README.md": "# RL\n", "assets/qwen-7B/rlvr_config.yaml": config})
    assert _need(r, "gpus") is None


def test_what_another_project_offers_is_no_need():
    text = ("The open-source project DiffSynth-Studio by ModelScope offers single-GPU inference and quantization "
            "support, which can significantly reduce the VRAM required.")
    assert "gpus>=1" not in _terms(text)
    # must not fire: a need said beside an offer
    assert "gpus>=2" in _terms("The project offers a web demo, which requires 2 GPUs.")


def test_intel_gpus_named_give_the_vendor():
    text = "IPEX-LLM is an LLM acceleration library for Intel [GPU](docs/install_gpu.md), NPU and CPU."
    assert "gpu_vendor=intel" in _terms(text)
    assert "gpu_vendor=nvidia" in _terms("It runs on NVIDIA GPUs.")
    # must not fire: an Intel CPU
    assert "gpu_vendor=intel" not in _terms("It runs on Intel CPUs with AVX-512.")


def test_a_lists_host_alternatives_keep_the_least_but_a_nested_part_is_no_alternative(tmp_path):
    page = ("# Install on CPU\n\nIPEX-LLM runs on:\n\n* PCs equipped with 12th Gen Intel Core processors, and at "
            "least 16GB RAM\n* Servers equipped with Intel Xeon processors, at least 32G RAM.\n")
    r = _write(tmp_path / "a", {"README.md": page})
    assert _need(r, "ram") == "ram>=16GB"
    # must not fire: a part's figure nested under the host's minimum
    page = ("# Requirements\n\n* **RAM**:\n    * **Minimum**: 4 GB RAM.\n"
            "        * The indexer: typically requires at least 1 GB RAM allocated to its JVM heap.\n")
    r = _write(tmp_path / "b", {"README.md": page})
    assert _need(r, "ram") == "ram>=4GB"


def test_only_a_single_core_is_one_cpu():
    assert _terms("TigerBeetle requires only a single core per replica machine.") == ["cpus>=1"]
    # must not fire: a figure given; a single GPU
    assert _terms("It requires 4 cores.") == ["cpus>=4"]
    assert "cpus>=1" not in _terms("It requires a single GPU core clock above 1 GHz.")


def test_a_memory_required_column_with_decimals(tmp_path):
    table = ("| Model name | Model size | Model download size | Memory required |\n|---|---|---|---|\n"
             "| Llama 2 7B Chat (GGML q4_0) | 7B | 3.79GB | 6.29GB |\n"
             "| Llama 2 13B Chat (GGML q4_0) | 13B | 7.32GB | 9.82GB |\n")
    r = _write(tmp_path / "a", {"README.md": f"# LlamaGPT\n\n## Supported models\n\n{table}"})
    assert _need(r, "ram") == "ram>=6.29GB"
    # must not fire: a single memory column that says nothing of a need (a results table)
    r = _write(tmp_path / "b", {"README.md": "| Model | Memory | Accuracy |\n|---|---|---|\n| a | 16 GB | 0.9 |\n"})
    assert _need(r, "ram") is None


def test_a_compose_file_named_for_a_gpu_variant_beside_a_default_without_one(tmp_path):
    cpu = "services:\n  api:\n    image: ghcr.io/x/api:latest\n"
    gpu = ("services:\n  api-cuda:\n    image: ghcr.io/x/api-cuda:latest\n    deploy:\n      resources:\n"
           "        reservations:\n          devices:\n            - driver: nvidia\n              count: 1\n"
           "              capabilities: [gpu]\n")
    r = _write(tmp_path / "a", {"README.md": "# App\n", "docker-compose.yml": cpu, "docker-compose-cuda-gguf.yml": gpu})
    assert r.gpu == "optional"
    # must not fire: the GPU file is the default deployment's only Compose file
    r = _write(tmp_path / "b", {"README.md": "# App\n", "docker-compose-cuda-gguf.yml": gpu})
    assert r.gpu == "required"
