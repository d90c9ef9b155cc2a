"""The rules added when tests/needs_corpus8 was tuned on (after it was measured once, held out), 2026-12-02 (fourth
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import write_and_scan as _write

CUDA_ENV = "name: x\ndependencies:\n  - cudatoolkit=11.3\n  - pytorch\n"


def _need(r, key: str):
    with_gpu = dict(r.shapes).get("with a GPU")
    if with_gpu is not None:
        return next((t for t in with_gpu.split() if t.startswith(key)), None)
    return next((i.need.text() for i in r.items if i.need.key == key), None)


def test_device_indices_in_a_training_command_count_its_gpus(tmp_path):
    readme = ("# Edit images\n\nThese instructions have been tested on a GPU with >18GB VRAM.\n\n## Training\n\n"
              "```\npython main.py --name default --base configs/train.yaml --train --gpus 0,1,2,3,4,5,6,7\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV})
    assert _need(r, "gpus") == "gpus>=8"  # the training command's, beyond the single GPU it was tested on
    yolo = "# Detector\n\n```\nyolo detect train data=coco.yaml model=yolov10n.yaml device=0,1,2,3\n```\n"
    assert _need(_write(tmp_path / "b", {"README.md": yolo, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=4"
    # must not fire: one bare index is not a count, and a sampling command's indices do not outrank a stated need
    one = "# Detector\n\n```\nyolo detect predict model=yolov10n.pt device=0\n```\n"
    assert _need(_write(tmp_path / "c", {"README.md": one, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=1"
    sample = ("# Gen\n\nSampling requires a single GPU with 24GB of memory.\n\n```\npython sample.py --gpus 0,1\n```\n")
    assert _need(_write(tmp_path / "d", {"README.md": sample, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=1"


def test_accelerate_launch_num_processes_is_one_process_per_gpu(tmp_path):
    readme = "# Tune\n\n```\naccelerate launch --num_processes 4 train.py --config c.yaml\n```\n"
    assert _need(_write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=4"
    # must not fire: an RL script's "--num-processes 8" is its environment workers, not GPUs
    rl = "# PPO\n\n```\npython main.py --env-name Reacher-v2 --algo ppo --num-processes 8\n```\n"
    r = _write(tmp_path / "b", {"README.md": rl})
    assert r.gpu == "none" and _need(r, "gpus") is None


def test_a_plural_model_name_is_read_with_its_count():
    st = sentence_statements("we used 8x A100s to train XL/2 and 4x A100s to train B/4.", 1, "")
    assert "gpus>=8" in [s.term for s in st] and "gpu_vendor=nvidia" in [s.term for s in st]
    # must not fire: a word that merely begins with a model's name
    assert sentence_statements("The T4sensor module reads the temperature.", 1, "") == []


def test_count_and_memory_written_around_the_model_are_read():
    st = [s.term for s in sentence_statements("Finetuning MPT-7B requires ≥ 4x40GB A100s.", 1, "")]
    assert "gpus>=4" in st and "gpu_memory>=40GB" in st
    st = [s.term for s in sentence_statements("It is recommended to use an A100 (40G * 8) server.", 1, "")]
    assert "gpus>=8" in st and "gpu_memory>=40GB" in st
    # must not fire: a resolution or a batch shape is no GPU
    assert sentence_statements("Images are 4x40 pixels at 512x512.", 1, "") == []


def test_a_wrapped_blockquote_note_keeps_its_reordered_figures(tmp_path):
    tutorial = ("# Tutorial\n\n### Domain adaptation\n\n> **Note**\n> Finetuning MPT-7B requires ≥ 4x40GB A100s, "
                "and more without flash attention.\n")
    r = _write(tmp_path / "a", {"TUTORIAL.md": tutorial, "environment.yaml": CUDA_ENV})
    assert _need(r, "gpus") == "gpus>=4" and _need(r, "gpu_memory") == "gpu_memory>=40GB"


def test_a_guide_at_the_top_is_read_but_not_a_changelog(tmp_path):
    guide = "# Training\n\nTo launch the first stage training, run the following. In our experiments, we use 4 A100.\n"
    r = _write(tmp_path / "a", {"MiniGPT4_Train.md": guide, "environment.yaml": CUDA_ENV})
    assert _need(r, "gpus") == "gpus>=4"
    # must not fire: release notes at the top speak of other people's hardware
    log = "# Changes\n\n- Training now requires 8 A100 GPUs for the 70B recipe.\n"
    r = _write(tmp_path / "b", {"CHANGELOG.md": log, "environment.yaml": CUDA_ENV})
    assert _need(r, "gpus") == "gpus>=1"


def test_a_scripts_comment_names_what_it_ran_on_and_the_readme_states_the_need(tmp_path):
    readme = "# GaLore\n\nTo train a 7B model with a single GPU such as NVIDIA RTX 4090, set the flag.\n"
    script = "# LLaMA-130M, GaLore-Adam, 1 A100, 1 Node\ntorchrun --standalone --nproc_per_node 1 main.py\n"
    r = _write(tmp_path / "a", {"README.md": readme, "scripts/llama_130m.sh": script})
    assert _need(r, "gpu_memory") == "gpu_memory>=24GiB"  # the README's RTX 4090, not the comment's A100 (40)
    # must not fire: with nothing in the README, the comment is what there is
    r = _write(tmp_path / "b", {"README.md": "# GaLore\n", "scripts/llama_130m.sh": script})
    assert _need(r, "gpu_memory") == "gpu_memory>=40GiB"


def test_a_demo_loading_a_pretrained_model_is_not_a_training_command(tmp_path):
    readme = ("# VLM\n\nFor INT4 inference: 1 * RTX 3090(24G).\n\n```\ntorchrun --standalone --nnodes=1 "
              "--nproc-per-node=2 cli_demo_sat.py --from_pretrained cogagent-chat\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV})
    assert not any(e.reading.endswith(", training") for e in r.evidence if e.need and e.need.key == "gpus")


def test_the_host_a_timing_was_run_on_is_no_minimum():
    st = sentence_statements("Using 32 threads on an AWS EC2 instance with 244 GB of RAM, the build took 35 minutes.",
                             1, "")
    assert {s.term for s in st} == {"ram>=244GB", "cpus>=32"} and all("recommended" in s.reading for s in st)
    st = sentence_statements("> Benchmarking was done on machines with dual Xeon CPUs – 32 cores/64 threads.", 1, "")
    assert st and all("recommended" in s.reading for s in st)
    # must not fire: a stated minimum stays one, even beside a timing
    st = sentence_statements("The build requires at least 64 GB of RAM and takes an hour.", 1, "")
    assert [s.reading for s in st if s.term == "ram>=64GB"][0].startswith("64 GB of RAM, minimum")


def test_a_timing_on_the_next_line_of_a_wrapped_sentence(tmp_path):
    from envboot.data.repo_needs.prose import markdown_statements

    lines = ["# Build", "", "Using 32 threads on an AWS EC2 r4.8xlarge instance with 16 dual-core",
             "hyperthreaded CPUs, the build process took", "approximately 35 minutes."]
    st, _ = markdown_statements(lines, 0, doc="docs/MANUAL.md")
    assert [s.term for s in st] == ["cpus>=32"] and "recommended" in st[0].reading
    # must not fire: the sentence ends on its line
    st, _ = markdown_statements(["# Build", "", "Use a machine with 32 cores.", "The build took an hour."], 0,
                                doc="README.md")
    assert [s.term for s in st] == ["cpus>=32"] and "minimum" in st[0].reading


def test_a_flag_the_readme_explains_as_a_gpu_count(tmp_path):
    readme = ("# Detector\n\n## Train\n\n```shell\npython -m yolox.tools.train -n yolox-s -d 8 -b 64 --fp16\n```\n"
              "* -d: number of gpu devices\n* -b: total batch size\n")
    assert _need(_write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=8"
    # must not fire: an unexplained short flag is no GPU count
    bare = "# Detector\n\n## Train\n\n```shell\npython -m yolox.tools.train -n yolox-s -d 8 -b 64\n```\n"
    assert _need(_write(tmp_path / "b", {"README.md": bare, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=1"


def test_a_macs_amd_gpu_names_no_vendor():
    zh = "对于搭载了 Apple Silicon 或者 AMD GPU 的Mac，可以使用 MPS 后端来在 GPU 上运行。"
    assert sentence_statements(zh, 1, "") == []
    assert sentence_statements("For a Mac with Apple Silicon or an AMD GPU, use the MPS backend.", 1, "") == []
    # must not fire: AMD GPUs named for a Linux machine
    assert [s.term for s in sentence_statements("It runs on AMD GPUs with ROCm 6.", 1, "")] == ["gpu_vendor=amd"]


def test_a_requirements_comment_asking_for_a_cuda_enabled_install(tmp_path):
    reqs = "# please make sure you have already a pytorch install that is cuda enabled!\nav\neinops\ntorch>=2.1\n"
    r = _write(tmp_path / "a", {"README.md": "# Audio\n", "requirements.txt": reqs})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia" and r.gpu_evidence[0].line == 1
    # must not fire: a comment that merely names CUDA
    r = _write(tmp_path / "b", {"README.md": "# Audio\n", "requirements.txt": "# tested with CUDA 12\ntorch\n"})
    assert r.gpu == "none"


def test_alternative_gpu_sets_are_read_as_one_set_never_a_mix():
    st = [s.term for s in sentence_statements("For FP16: 4 * A100(80G) *[Recommend]* or 8* RTX 3090(24G).", 1, "")]
    assert "gpus>=8" in st and "gpu_memory>=24GB" in st and "gpus>=4" not in st and "gpu_memory>=80GB" not in st
    st = [s.term for s in sentence_statements("You can accomplish this with 4xA100-40GB, or 2xA100-80GB, etc.", 1, "")]
    assert "gpus>=4" in st and "gpu_memory>=40GB" in st and "gpu_memory>=80GB" not in st
    # must not fire: two sets joined by "and" are not alternatives
    st = [s.term for s in sentence_statements("It needs 8 A100 80GB GPUs and 4 V100 32GB GPUs.", 1, "")]
    assert "gpus>=8" in st and "gpu_memory>=80GB" in st
