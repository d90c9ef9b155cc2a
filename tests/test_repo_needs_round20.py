"""The rules added when tests/needs_corpus20 was tuned on (after it was measured, held out, and after
tests/needs_corpus21 was built and measured with the scanner frozen before this tuning), 2026-12-06 (eleventh
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write

_CUDA_MAKEFILE = "COMPILER = nvidia\n\nifeq ($(COMPILER),nvidia)\n  CC = nvcc\n  CFLAGS += -O3\nendif\n"


def test_a_makefile_whose_compiler_is_nvcc_builds_cuda_and_a_plain_sibling_is_the_cpu_way(tmp_path):
    files = {"README.md": "# Bench\n\nA proxy app.\n", "cuda/Makefile": _CUDA_MAKEFILE,
             "hip/Makefile": "ifeq ($(COMPILER),amd)\n  CC = hipcc\nendif\n",
             "openmp-threading/Makefile": "CC = gcc\nCFLAGS = -fopenmp\n"}
    r = _write(tmp_path / "a", files)
    assert r.gpu == "optional"
    # must not fire: the CUDA build alone
    r = _write(tmp_path / "b", {"README.md": "# Bench\n", "Makefile": _CUDA_MAKEFILE})
    assert r.gpu == "required" and _need(r, "gpu_vendor") == "gpu_vendor=nvidia"


def test_an_example_comparing_two_settings_states_no_host_need(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# X\n\nFor instance, running X with 4 threads vs 8 threads (on a machine "
                                             "that supports that configuration) should generate the same hash.\n"})
    assert _need(r, "cpus") is None
    # must not fire: an example of a setup to follow
    r = _write(tmp_path / "b", {"README.md": "# X\n\nFor example, on Azure, launch a VM with 8 cores and 256 GB of "
                                             "disk space.\n"})
    assert _need(r, "disk") == "disk>=256GB"


_HTML = """# V

<table>
  <thead>
    <tr><th rowspan="2">Model</th><th colspan="2">Latency (ms)</th><th colspan="2">GPU VRAM (GB)</th></tr>
    <tr><th>FP32</th><th>FP16</th><th>FP32</th><th>FP16</th></tr>
  </thead>
  <tbody>
    <tr><td>Small</td><td>9.1</td><td>7.5</td><td>7.3</td><td>6.8</td></tr>
    <tr><td>Large</td><td>67</td><td>14</td><td>26.7</td><td>23.6</td></tr>
  </tbody>
</table>
"""


def test_an_html_vram_header_spanning_columns_with_its_unit(tmp_path):
    r = _write(tmp_path / "a", {"README.md": _HTML, "requirements.txt": "xformers\n"})
    assert r.shapes[-1][1].split()[1:2] == ["gpu_memory>=6.8GB"]
    # must not fire: the latency columns are no memory
    r = _write(tmp_path / "b", {"README.md": _HTML.replace("GPU VRAM (GB)", "Throughput (it/s)")})
    assert _need(r, "gpu_memory") is None and not any("gpu_memory" in t for _, t in r.shapes)


_BASE = ("process {\n    cpus   = { check_max( 1    * task.attempt, 'cpus'   ) }\n"
         "    withLabel:mc_huge {\n        cpus   = { check_max( 32 * task.attempt, 'cpus' ) }\n"
         "        memory = { check_max( 256.GB * task.attempt, 'memory' ) }\n    }\n}\n")


def test_check_max_requests_are_capped_by_the_pipelines_max_params(tmp_path):
    config = ("params {\n  max_memory = 128.GB\n  max_cpus = 16\n}\n"
              "profiles {\n  test {\n    params.max_cpus = 2\n    params.max_memory = 6.GB\n  }\n}\n")
    r = _write(tmp_path / "a", {"nextflow.config": config, "conf/base.config": _BASE})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=16", "ram>=128GB")
    # must not fire: no caps
    r = _write(tmp_path / "b", {"nextflow.config": "params {\n  outdir = 'x'\n}\n", "conf/base.config": _BASE})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=32", "ram>=256GB")


def test_a_documented_python_calls_cuda_device(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# R\n\n```python\nrunner = Runner(env, cfg, device=\"cuda:0\")\n```\n"})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
    # must not fire: the CPU
    r = _write(tmp_path / "b", {"README.md": "# R\n\n```python\nrunner = Runner(env, cfg, device=\"cpu\")\n```\n"})
    assert _need(r, "gpu_vendor") is None


def test_a_size_set_as_code(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# C\n\nWhen using `bf16`, generating at `1024x768` only requires about "
                                             "`8G` VRAM.\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=8GB"
    # must not fire: a flag set as code
    r = _write(tmp_path / "b", {"README.md": "# C\n\nPass `--max-size 8G` to the tool.\n"})
    assert _need(r, "gpu_memory") is None


def test_use_cuda_unless_it_is_not_available_makes_the_gpu_optional(tmp_path):
    files = {"Dockerfile": "FROM nvidia/cuda:9.2-cudnn7-devel-ubuntu16.04\n",
             "src/config/default.yaml": "use_cuda: True # Use gpu by default unless it isn't available\n"}
    r = _write(tmp_path / "a", files)
    assert r.gpu == "optional"
    # must not fire: a plain setting
    r = _write(tmp_path / "b", files | {"src/config/default.yaml": "use_cuda: True\n"})
    assert r.gpu == "required"


def test_a_chinese_single_card_heading_is_a_one_gpu_way(tmp_path):
    readme = ("# F\n\n💻 单卡QLoRA指令微调：\n```bash\npython train.py --train_args_file a.json\n```\n\n"
              "💻 多卡QLoRA指令微调：\n```bash\ntorchrun --nproc_per_node=2 train.py --train_args_file a.json\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "requirements.txt": "flash-attn\n"})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: the multi-card way alone
    r = _write(tmp_path / "b", {"README.md": readme.split("💻 多卡")[0].replace("单卡", "多卡") + "💻 多卡" +
                                readme.split("💻 多卡")[1], "requirements.txt": "flash-attn\n"})
    assert _need(r, "gpus") == "gpus>=2"
