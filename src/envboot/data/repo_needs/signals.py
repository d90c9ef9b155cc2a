"""Signals of hardware needs: GPU frameworks and CUDA wheels in Python/conda dependencies and CUDA base
images in Dockerfiles (confidence: inferred), and README statements (confidence: stated).

A plain ``torch`` / ``tensorflow`` / ``jax`` dependency is NOT a GPU signal: they run on CPUs. A
signal is a build that only runs on a GPU (``torch==2.3.0+cu121``, the ``.../whl/cu121`` index,
``nvidia-*-cu12``, ``jax[cuda12]``, ``cupy-cuda12x``, ``tensorflow[and-cuda]``, ...), and the
CPU-only builds (``torch==2.3.0+cpu``, the ``.../whl/cpu`` index, conda ``cpuonly``) are evidence
of NO GPU.
"""

from __future__ import annotations

import re
import shlex
import tomllib
import warnings as warnings_module
from pathlib import Path

from envboot.data.repo_needs._common import (
    GPU_NONE,
    GPU_OPTIONAL,
    GPU_REQUIRED,
    INFERRED,
    STATED,
    Evidence,
    fence_change,
    line_of,
    need,
    read_text,
    read_yaml,
    rel,
)
from envboot.data.repo_needs.declared import front_matter

# ----------------------------------------------------------------------------------------- requirement lines

_INDEX_OPTS = ("--index-url", "--extra-index-url", "-i", "--find-links", "-f")
_TORCH_INDEX = re.compile(r"download\.pytorch\.org/whl/(?:nightly/)?(cu\d+|rocm[\d.]+|cpu|xpu)\b")
_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")
_TORCH_PKGS = {"torch", "torchvision", "torchaudio"}
# Packages that only run on an (NVIDIA) GPU, by normalised name.
_CUDA_ONLY = {
    "cupy": "CuPy needs CUDA", "pycuda": "PyCUDA needs CUDA", "flash-attn": "FlashAttention needs a CUDA GPU",
    "tensorflow-gpu": "the TensorFlow GPU build", "onnxruntime-gpu": "the ONNX Runtime CUDA build",
    "paddlepaddle-gpu": "the PaddlePaddle CUDA build", "tensorrt": "TensorRT needs a CUDA GPU",
    "vllm": "vLLM's wheels are CUDA builds", "xformers": "xFormers' PyPI wheels are CUDA builds",
}
_CU_SUFFIX = re.compile(r"^[a-z0-9._-]+-cu(\d+x?|da\d+x?)$")  # nvidia-cudnn-cu12, cupy-cuda12x, cudf-cu12
_ROCM = re.compile(r"^[a-z0-9._-]+-rocm[\d.x-]*$")


def _norm_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement(spec: str) -> list[tuple[str, str, str | None]]:
    """What one requirement says: ``(gpu stance, detail, vendor or None)`` items; [] when nothing."""
    spec = spec.split(" #", 1)[0].strip()
    if not spec or spec.startswith("#"):
        return []
    out: list[tuple[str, str, str | None]] = []
    if spec.startswith("-"):
        parts = spec.replace("=", " ", 1).split() if spec.startswith("--") else spec.split()
        if parts and parts[0] in _INDEX_OPTS and len(parts) > 1:
            out.extend(index_url(parts[1]))
        return out
    m = _REQ.match(spec)
    if not m:
        return out
    name, extras, rest = _norm_name(m.group(1)), (m.group(2) or "").lower(), m.group(3)
    local = re.search(r"\+(cu\d+|rocm[\d.]+|cpu)\b", rest)
    if name in _TORCH_PKGS | {"jaxlib"} and local:
        tag = local.group(1)
        if tag == "cpu":
            out.append((GPU_NONE, f"{name} {rest.strip()}: a CPU-only build", None))
        elif tag.startswith("rocm"):
            out.append((GPU_REQUIRED, f"{name} {rest.strip()}: a ROCm (AMD GPU) build", "amd"))
        else:
            out.append((GPU_REQUIRED, f"{name} {rest.strip()}: a CUDA build", "nvidia"))
    elif name.startswith("jaxlib") and "cuda" in rest:
        out.append((GPU_REQUIRED, f"{name} {rest.strip()}: a CUDA build", "nvidia"))
    if name == "jax" and "cuda" in extras:
        out.append((GPU_REQUIRED, f"jax{extras}: the CUDA build", "nvidia"))
    elif name in ("tensorflow", "tensorflow-cpu") and "and-cuda" in extras:
        out.append((GPU_REQUIRED, f"tensorflow{extras}: the CUDA build", "nvidia"))
    elif name == "tensorflow-cpu":
        out.append((GPU_NONE, "tensorflow-cpu: the CPU-only build", None))
    elif name in _CUDA_ONLY:
        out.append((GPU_REQUIRED, f"{name}: {_CUDA_ONLY[name]}", "nvidia"))
    elif re.match(r"^(jax-cuda\d+-(plugin|pjrt)|mxnet-cu\d+\w*)$", name) or (
            _CU_SUFFIX.match(name) and name not in _TORCH_PKGS):
        out.append((GPU_REQUIRED, f"{name}: a CUDA build", "nvidia"))
    elif _ROCM.match(name):
        out.append((GPU_REQUIRED, f"{name}: a ROCm (AMD GPU) build", "amd"))
    return out


def index_url(url: str) -> list[tuple[str, str, str | None]]:
    m = _TORCH_INDEX.search(url)
    if not m:
        return []
    tag = m.group(1)
    if tag == "cpu":
        return [(GPU_NONE, f"PyTorch CPU-only index {url}", None)]
    if tag == "xpu":
        return [(GPU_REQUIRED, f"PyTorch Intel XPU index {url}", "intel")]
    if tag.startswith("rocm"):
        return [(GPU_REQUIRED, f"PyTorch ROCm index {url}", "amd")]
    return [(GPU_REQUIRED, f"PyTorch CUDA index {url}", "nvidia")]


def _evidence(name: str, line: int, source: str, found: list[tuple[str, str, str | None]],
              optional: str | None = None) -> list[Evidence]:
    out = []
    for stance, detail, vendor in found:
        if optional and stance == GPU_REQUIRED:  # a GPU extra: the project runs without it
            out.append(Evidence(name, line, source, INFERRED, f"{detail} (optional extra {optional})",
                                need("gpus>=1"), GPU_OPTIONAL))
            if vendor:
                out.append(Evidence(name, line, source, INFERRED, f"{detail} (optional extra {optional})",
                                    need(f"gpu_vendor={vendor}"), GPU_OPTIONAL))
            continue
        out.append(Evidence(name, line, source, INFERRED, detail,
                            need("gpus>=1") if stance == GPU_REQUIRED else None, stance))
        if stance == GPU_REQUIRED and vendor:
            out.append(Evidence(name, line, source, INFERRED, detail, need(f"gpu_vendor={vendor}"), stance))
    return out


def is_requirements(relpath: str) -> bool:
    base = relpath.rsplit("/", 1)[-1]
    return bool(re.fullmatch(r"(.*requirements.*|constraints.*)\.(txt|in)", base)) or bool(
        re.fullmatch(r"(.*/)?requirements/[^/]+\.(txt|in)", relpath))


_CUDA_ENABLED_COMMENT = re.compile(r"\b(?:make\s+sure|must|need|needs|requires?)\b[^#]{0,80}?\bCUDA[- ]enabled\b",
                                   re.IGNORECASE)


def requirements_txt(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    out: list[Evidence] = []
    lines = text.splitlines()
    # A plain torch from PyPI pulls nvidia-*-cu12 on Linux and still runs on a CPU: in a compiled/locked
    # file that pins plain torch, those lines are its transitive dependencies, not a GPU signal.
    plain_torch = any(re.match(r"^\s*torch\s*==\s*[\d.]+\s*(?:[;#\\]|$)", raw) for raw in lines)
    optional_cuda = False
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        if line.startswith("#") and _CUDA_ENABLED_COMMENT.search(line):  # "# make sure your pytorch is cuda enabled!"
            out.extend(_evidence(name, i, "requirements", [(GPU_REQUIRED, "a comment asks for a CUDA-enabled "
                                                            "install", "nvidia")]))
            continue
        if not line or line.startswith("#"):
            continue
        if plain_torch and re.match(r"nvidia-[a-z0-9-]+-cu\d+\b", line, re.IGNORECASE):
            if not optional_cuda:  # once: the pinned torch is the CUDA build, which also runs on a CPU
                optional_cuda = True
                out += [Evidence(name, i, "requirements", INFERRED, f"{line[:60]}: the CUDA libraries a plain torch "
                                 "pin pulls in (it runs on a CPU too)", need(term), GPU_OPTIONAL)
                        for term in ("gpus>=1", "gpu_vendor=nvidia")]
            continue
        out.extend(_evidence(name, i, "requirements", requirement(line)))
    return out


# ----------------------------------------------------------------------------------------- pyproject.toml

def pyproject(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        warnings.append(f"{name}: not valid TOML ({str(exc)[:60]}); skipped")
        return []
    out: list[Evidence] = []

    def dep(spec: object, optional: str | None = None) -> None:
        if not isinstance(spec, str):
            return
        found = requirement(spec)
        if found:
            line = line_of(text, re.escape(spec)) or line_of(text, re.escape(spec.split()[0]))
            out.extend(_evidence(name, line, "pyproject", found, optional))

    project = doc.get("project") if isinstance(doc.get("project"), dict) else {}
    for spec in project.get("dependencies") or []:
        dep(spec)
    for extra, specs in (project.get("optional-dependencies") or {}).items():
        for spec in specs if isinstance(specs, list) else []:
            dep(spec, optional=str(extra))
    for group, specs in (doc.get("dependency-groups") or {}).items():
        for spec in specs if isinstance(specs, list) else []:
            dep(spec, optional=f"group {group}" if group not in ("default", "main") else None)
    tool = doc.get("tool") if isinstance(doc.get("tool"), dict) else {}
    poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else {}
    for pkg, ver in (poetry.get("dependencies") or {}).items():
        version = ver if isinstance(ver, str) else (ver.get("version", "") if isinstance(ver, dict) else "")
        found = requirement(f"{pkg}{'==' + version if version and version[0].isdigit() else version}")
        if found:
            out.extend(_evidence(name, line_of(text, rf"(?m)^\s*{re.escape(pkg)}\s*="), "pyproject", found))
    indexes = []
    for section in ((tool.get("uv") or {}).get("index"), poetry.get("source"), (tool.get("pdm") or {}).get("source")):
        indexes.extend(section if isinstance(section, list) else [])
    for index in indexes:
        url = index.get("url") if isinstance(index, dict) else None
        if isinstance(url, str):
            found = index_url(url)
            if found:
                out.extend(_evidence(name, line_of(text, re.escape(url)), "pyproject", found))
    return out


# ----------------------------------------------------------------------------------------- conda

def is_conda(relpath: str) -> bool:
    base = relpath.rsplit("/", 1)[-1]
    return bool(re.fullmatch(r"(.*environment.*|conda.*)\.ya?ml", base))


_CONDA_GPU = {
    "pytorch-cuda": "PyTorch's CUDA variant", "cudatoolkit": "the CUDA toolkit", "cuda-toolkit": "the CUDA toolkit",
    "cuda-runtime": "the CUDA runtime", "cuda-cudart": "the CUDA runtime", "cudnn": "cuDNN", "nccl": "NCCL",
    "cupy": "CuPy needs CUDA", "tensorflow-gpu": "the TensorFlow GPU build",
}


_CONDA_FW = ("pytorch", "jaxlib", "tensorflow", "jax")


def conda(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    loaded = read_yaml(root, path, warnings)
    if loaded is None:
        return []
    name, text, doc = loaded
    deps = doc.get("dependencies") if isinstance(doc, dict) else None
    out: list[Evidence] = []
    for item in deps if isinstance(deps, list) else []:
        if isinstance(item, dict):
            for spec in item.get("pip") or []:
                if isinstance(spec, str):
                    found = requirement(spec)
                    if found:
                        out.extend(_evidence(name, line_of(text, re.escape(spec)), "conda", found))
            continue
        if not isinstance(item, str):
            continue
        pkg = item.split("::")[-1]
        pkg_name = re.split(r"[=<>! ]", pkg, maxsplit=1)[0].lower()
        build = pkg.split("=")[2] if pkg.count("=") >= 2 else ""
        if pkg_name not in _CONDA_GPU and pkg_name != "cpuonly" and not ("cuda" in build and pkg_name in _CONDA_FW):
            continue  # nothing to cite: no line to look up (a search per item is quadratic in the file)
        line = line_of(text, re.escape(item))
        if pkg_name == "cpuonly":
            out.extend(_evidence(name, line, "conda", [(GPU_NONE, f"{item}: PyTorch's CPU-only variant", None)]))
        elif pkg_name in _CONDA_GPU:
            out.extend(_evidence(name, line, "conda", [(GPU_REQUIRED, f"{item}: {_CONDA_GPU[pkg_name]}", "nvidia")]))
        elif "cuda" in build and pkg_name in _CONDA_FW:
            out.extend(_evidence(name, line, "conda", [(GPU_REQUIRED, f"{item}: a CUDA build", "nvidia")]))
    return out


# ----------------------------------------------------------------------------------------- Dockerfile

def is_dockerfile(relpath: str) -> bool:
    base = relpath.rsplit("/", 1)[-1]
    return bool(re.fullmatch(r"(Dockerfile|Containerfile)([._-][\w.-]+)?|[\w.-]+\.(Dockerfile|dockerfile)", base))


_CUDA_IMAGES = (
    (re.compile(r"^(docker\.io/)?nvidia/cuda[:@]"), "an NVIDIA CUDA base image", "nvidia"),
    (re.compile(r"^nvcr\.io/nvidia/"), "an NVIDIA NGC image", "nvidia"),
    (re.compile(r"^(docker\.io/)?pytorch/pytorch:.*cuda"), "a PyTorch CUDA image", "nvidia"),
    (re.compile(r"^(docker\.io/)?tensorflow/tensorflow:.*gpu"), "a TensorFlow GPU image", "nvidia"),
    (re.compile(r"^(docker\.io/)?rocm/"), "an AMD ROCm image", "amd"),
    (re.compile(r"^[^\s]*:[^\s]*cuda"), "a CUDA image tag", "nvidia"),
)


def dockerfile(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    out: list[Evidence] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        start = i
        logical = lines[i].rstrip()
        while logical.endswith("\\") and i + 1 < len(lines):
            i += 1
            logical = logical[:-1] + " " + lines[i].strip()
        i += 1
        words = logical.strip().split(None, 1)
        if not words or words[0].startswith("#"):
            continue
        instr, rest = words[0].upper(), (words[1] if len(words) > 1 else "")
        if instr == "FROM":
            image = next((w for w in rest.split() if not w.startswith("--")), "").lower()
            stage = re.search(r"\bAS\s+(\S+)", rest, re.IGNORECASE)
            if stage and re.search(r"(?<![a-z])cpu(?![a-z])", stage.group(1), re.IGNORECASE):
                out.append(Evidence(name, start + 1, "dockerfile", INFERRED, f"FROM ... AS {stage.group(1)}: a CPU "
                                    "build stage beside the GPU ones", None, None, "cpu alternative"))
            for pattern, what, vendor in _CUDA_IMAGES:
                if pattern.search(image):
                    out.extend(_evidence(name, start + 1, "dockerfile",
                                         [(GPU_REQUIRED, f"FROM {image}: {what}", vendor)]))
                    break
        elif instr == "RUN":  # cite each finding at the physical line that holds its token
            for found in _run_installs(rest):
                out.extend(_evidence(name, _token_line(lines, start, i, found[1]), "dockerfile", [found]))
    return out


def _token_line(lines: list[str], start: int, end: int, detail: str) -> int:
    """1-based line, among ``lines[start:end]``, holding the token a finding's detail starts with."""
    m = re.search(r"index (\S+)$", detail)
    token = m.group(1) if m else detail.split(":", 1)[0].split()[0]
    for j in range(start, end):
        if token.lower() in lines[j].lower():
            return j + 1
    return start + 1


def _run_installs(command: str) -> list[tuple[str, str, str | None]]:
    """``pip install``/``conda install`` arguments in a RUN line, analysed like requirement lines."""
    found: list[tuple[str, str, str | None]] = []
    for part in re.split(r"&&|;|\|\|", command):
        try:
            args = shlex.split(part)
        except ValueError:
            args = part.split()
        if "install" not in args:
            continue
        tool = " ".join(args[:args.index("install")])
        if not re.search(r"\b(pip3?|uv|conda|mamba|micromamba)\b", tool):
            continue
        rest = args[args.index("install") + 1:]
        j = 0
        while j < len(rest):
            a = rest[j]
            if a in _INDEX_OPTS and j + 1 < len(rest):
                found.extend(index_url(rest[j + 1]))
                j += 2
                continue
            if a.startswith("--index-url=") or a.startswith("--extra-index-url="):
                found.extend(index_url(a.split("=", 1)[1]))
            elif not a.startswith("-"):
                if "conda" in tool or "mamba" in tool:
                    pkg = a.split("::")[-1].split("=")[0].lower()
                    if pkg == "cpuonly":
                        found.append((GPU_NONE, f"{a}: PyTorch's CPU-only variant", None))
                    elif pkg in _CONDA_GPU:
                        found.append((GPU_REQUIRED, f"{a}: {_CONDA_GPU[pkg]}", "nvidia"))
                else:
                    found.extend(requirement(a))
            j += 1
    return found


# ----------------------------------------------------------------------------------------- README statements

_PROSE_NAMES = re.compile(r"(\d{1,2}[_-])?(README(?:[_-][\w-]{1,40})?|GET(?:TING)?[_-]?STARTED|INSTALL(ATION)?|SETUP|"
                          r"TRAIN(ING)?|PRETRAIN(ING)?|"
                          r"FINETUN(E|ING)|FINE[_-]TUN(E|ING)|INFERENCE|(?:HARDWARE|SYSTEM)?[_-]?REQUIREMENTS|HARDWARE|PREREQUISITES|"
                          r"USAGE|QUICKSTART|"
                          r"REPRODUC(E|ING|TION)|EVAL(UATION)?)(\.(md|markdown|rst|txt))?", re.IGNORECASE)


_TOP_GUIDE = re.compile(r"[^/]*(?:TUTORIAL|GUIDE|HOW[_-]?TO|(?<![A-Za-z])TRAIN(?:ING)?(?![A-Za-z])|FINE[_-]?TUN\w*|"
                        r"INFERENCE|DEPLOY\w*)[^/]*\.(?:md|markdown|rst)", re.IGNORECASE)


_PROJECT_RECORD = re.compile(r"(?:contributing|changelog|changes|history|code[_-]of[_-]conduct|security|release[_-]?"
                             r"notes|development|developing|developer[_-]?guide|hacking)\b", re.IGNORECASE)


def is_project_record(base: str) -> bool:
    """How to develop the project or what changed in it (CONTRIBUTING.md, CHANGELOG.md, docs/development.md), not
    how to use it: "Improve default value of `intra_threads` when the system has less than 4 logical cores"."""
    return bool(_PROJECT_RECORD.match(base))


def is_readme(relpath: str) -> bool:
    """A document whose prose may state hardware needs: a README at any depth, the usual named guides
    (GETTING_STARTED.md, TRAINING.md, PRETRAIN.md, INSTALL.md, ...), and Markdown/RST directly in docs/
    (a documentation site below it is about its subject, not the repository's hardware)."""
    base = relpath.rsplit("/", 1)[-1]
    if _PROSE_NAMES.fullmatch(base) and not (base.lower().endswith(".txt") and "requirements" in base.lower()):
        return True
    if re.fullmatch(r"docs?/[^/]+\.(md|markdown|rst)", relpath, re.IGNORECASE):  # docs/*.md
        # (not docs/contributing.md, docs/development.md, a changelog or a code of conduct: how to develop or what
        # changed, not the use)
        return not is_project_record(base)
    if _TOP_GUIDE.fullmatch(relpath):  # a guide at the top: TUTORIAL.md, MiniGPT4_Train.md, DEPLOY_GUIDE.md
        return True
    # a documentation site's start or requirements page at any depth (site/content/en/docs/start/_index.md), and
    # the pages of its getting-started section (documentation/docs/get-started/set-up-llm-studio.md)
    if re.fullmatch(r"(?:[^/]+/)*(?:get(?:ting)?[-_]?started|start|quick[-_]?start|prerequisites|requirements)"
                    r"/(?:_?index|README)\.(md|markdown|rst)", relpath, re.IGNORECASE) \
            or re.fullmatch(r"(?:[^/]+/)*get(?:ting)?[-_]?started/[^/]+\.(md|markdown|rst)", relpath, re.IGNORECASE):
        return True
    # deeper, an installation guide only (docs/install-guide/index.rst, doc/install/easy-install.md): where the
    # hardware a build needs is said
    return bool(re.fullmatch(r"docs?/(?:[^/]+/)*?install[^/]*(?:/[^/]+)*"
                             r"\.(md|markdown|rst)", relpath, re.IGNORECASE)
                # ... and a book's or a site's installation chapter near the top (chapter_installation/index.md)
                or re.fullmatch(r"[^/]*install[^/]*/[^/]+\.(md|markdown|rst)", relpath, re.IGNORECASE))


# a README's translation: "README_zh-CN.md", "README-ja.md", "README.ko.md" (the same text in another language)
_TRANSLATION = re.compile(r"README[._-](?:zh|cn|ja|jp|ko|kr|fr|de|es|ru|pt|it|vi|tr|ar|hi|id|pl|uk|fa|th)"
                          r"(?:[-_][A-Za-z]{2,4})?\.(?:md|markdown|rst)", re.IGNORECASE)


def is_translation(root: Path, relpath: str) -> bool:
    """A translated README beside the README it translates: read once, in the original (a translation repeats its
    figures, and its words are not the ones the prose reader knows: "2xA100 40GBでテストしました", tested on)."""
    folder, _, base = relpath.rpartition("/")
    return bool(_TRANSLATION.fullmatch(base)) and any((root / folder / n).is_file() for n in ("README.md",
                                                                                           "README.rst"))


def _installs(name: str, line: int, source: str, command: str) -> list[Evidence]:
    """What a ``pip install`` / ``conda install`` command installs (inferred), conditional when its comment says."""
    found = _evidence(name, line, source, _run_installs(command))
    if _IF_GPU_COMMENT.search(command):  # "pip install tensorflow-gpu  # if you have a CUDA GPU"
        found = [Evidence(e.file, e.line, e.source, e.confidence, f"{e.detail} (installed only if a GPU is "
                          "there, its comment says)", e.need, GPU_OPTIONAL, "conditional")
                 if e.gpu == GPU_REQUIRED else e for e in found]
    return found


def readme(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """Statements in the prose (see :mod:`.prose`), and ``pip install`` lines in its code blocks (inferred)."""
    from envboot.data.repo_needs.prose import markdown_statements

    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    lines = text.splitlines()
    fm = front_matter(text)
    statements, code = markdown_statements(lines, fm[1] if fm else 0, doc=name)
    out: list[Evidence] = []
    for st in statements:
        quote = lines[st.line - 1].strip()
        quote = quote if len(quote) <= 120 else quote[:117] + "..."
        out.append(Evidence(name, st.line, "readme", INFERRED if st.weak else STATED, f'"{quote}" (read as '
                            f'{st.reading})', need(st.term) if st.term else None, st.gpu, st.reading))
    nprocs = []
    volta = zero = device = docker = commented = False
    slurm: list[Evidence] = []
    flags = _documented_gpu_flags(lines)  # "* -d: number of gpu devices" below "train -n yolox-s -d 8"
    previous = ""  # the code line before
    for line, code_line in code:
        if "install" in code_line:
            command = re.sub(r"^\s*[$>#]\s*", "", code_line)
            if _GPU_STEP_COMMENT.match(previous):  # "# For GPU support run" / "pip install jax[cuda]"
                command = f"{command}  {previous.strip()}"
            out.extend(_installs(name, line, "readme", command))
        previous = code_line
        if not device and (d := _DEVICE_CUDA.search(code_line)):  # "--device=cuda:0": the command runs on CUDA
            device = True
            before = code_line[:d.start()]
            if before.rfind("[") > before.rfind("]") and "]" in code_line[d.end():]:
                # "python benchmark.py [--device cuda] [--compile]": an optional flag of a usage line
                out += [Evidence(name, line, "readme", INFERRED, f"[{d.group(0)}]: an optional flag (the command runs "
                                 "on CUDA when given it)", need(term), GPU_OPTIONAL, "alternative")
                        for term in ("gpus>=1", "gpu_vendor=nvidia")]
            else:
                out += _device_cuda(name, line, "readme", d.group(0))
        if not docker and (g := _DOCKER_GPUS.search(code_line)):
            docker = True
            out += _nvidia_gpu(name, line, "readme",
                               f"{g.group(1)}: the documented container runs with the host's NVIDIA GPUs")
        if (o := _option_default(name, line, code_line)) is not None:
            out.append(o)
        if (c := _HARDWARE_COMMENT.search(code_line)) and not commented:  # "bash main_grpo.sh  # 4xA100 80G"
            commented = True
            out += _commented_hardware(name, line, c.group(1))
        m = _NPROC.search(code_line) or _GPU_FLAG.search(code_line)
        n = int(next(g for g in m.groups() if g)) if m else 0
        if not m and (ids := _DEVICE_LIST.search(code_line)):  # "--gpus 0,1,2,3", "device=0,1,2,3": one per index
            n = _device_count(ids)
        elif not m and flags and (f := flags.search(code_line)):
            n = int(f.group(1))
        if n > 0:
            nprocs.append((n, line, code_line.strip(), _trains(code, line)))
        elif m and m.re is _GPU_FLAG and not zero:  # "--gpu-per-worker 0" (on a laptop): a documented CPU run
            zero = True
            out.append(Evidence(name, line, "readme", INFERRED, f"{code_line.strip()[:100]} (a documented run with "
                                "no GPU)", None, GPU_OPTIONAL, "alternative"))
        if _SLURM_COMMAND.search(code_line) and not slurm:
            slurm = _slurm_allocation(name, line, code_line.strip())
            out += slurm
        if "--use_volta32" in code_line and not volta:  # submitit launchers (FAIR's): ask Slurm for 32 GB V100s
            volta = True
            out += [Evidence(name, line, "readme", STATED, f"{code_line.strip()[:80]} (--use_volta32: the job asks for "
                             f"32 GB V100 GPUs; read as {term}, training)", need(term), GPU_REQUIRED,
                             "32 GB per GPU, minimum, training") for term in ("gpu_memory>=32GB", "gpu_vendor=nvidia")]
    code_lines = {ln for ln, _ in code}
    single = next(((i, t.strip()) for i, t in enumerate(lines, 1) if i not in code_lines and _ONE_GPU_WAY.match(t)),
                  None) or next(((i, t.strip()) for i, t in code if _ONE_GPU_COMMENT.match(t)), None)
    if nprocs and single:  # "Single GPU training" (a command without a launcher) beside "Multiple GPU training"
        nprocs.append((1, single[0], single[1], bool(_TRAINING_WORDS.search(single[1]))))
    # "## Training with Multiple GPUs" beside the plain "python scripts/train.py": the launch commands scale out
    scale_out = bool(nprocs and not single and _plain_training_command(lines, code, nprocs))
    if nprocs:  # the documented launch commands: the least of them is what runs (7B on 1 GPU, 70B on 8)
        # ... of the training commands, when the README trains (an inference example's one process is not the
        # fine-tuning's eight)
        trained = [p for p in nprocs if p[3]]
        n, line, quote, trains = min(trained or nprocs)
        if scale_out:  # what the section scales out to, not what a training run needs
            out.append(Evidence(name, line, "readme", INFERRED, f"{quote[:100]} (one process per GPU, under a "
                                "scale-out heading beside a plain training command)", need(f"gpus>={n}"), GPU_REQUIRED,
                                f"{n} GPU(s) per node, a larger alternative (the scale-out section's)"))
        else:
            of = f"{len(trained)} training launch command(s)" if trained and len(trained) < len(nprocs) else \
                f"{len(nprocs)} launch command(s)"
            out.append(Evidence(name, line, "readme", INFERRED, f"{quote[:100]} (one process per GPU; the least of "
                                f"{of})", need(f"gpus>={n}"), GPU_REQUIRED,
                                f"{n} GPU(s) per node" + (", training" if trains else "")))
    return out


# ----------------------------------------------------------------------------------------- setup.py / setup.cfg

def setup_py(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """``install_requires`` / ``extras_require`` string literals of a setup.py, read with ``ast`` (never run)."""
    import ast

    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    try:
        with warnings_module.catch_warnings():  # a copied setup.py's "\d" in a plain string: its author's warning
            warnings_module.simplefilter("ignore")
            tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        warnings.append(f"{name}: not valid Python; skipped")
        return []
    lists: dict[str, ast.AST] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            lists[node.targets[0].id] = node.value
    out: list[Evidence] = []

    def strings(node: ast.AST | None) -> list[ast.Constant]:
        if isinstance(node, ast.Name):
            node = lists.get(node.id)
        if node is None:
            return []
        return [n for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for kw in node.keywords:
            if kw.arg in ("install_requires", "extras_require"):
                for c in strings(kw.value):
                    found = requirement(c.value)
                    if found:
                        out.extend(_evidence(name, c.lineno, "setup.py", found,
                                             "extras_require" if kw.arg == "extras_require" else None))
    calls = {n.func.id if isinstance(n.func, ast.Name) else n.func.attr: n.lineno for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, (ast.Name, ast.Attribute))}
    if "CUDAExtension" in calls and "CppExtension" not in calls:  # (a CppExtension beside it: a CPU build too)
        out += _nvidia_gpu(name, calls["CUDAExtension"], "setup.py",
                           "CUDAExtension(...): the package compiles CUDA kernels (nvcc), which run on an NVIDIA GPU")
    return out


def setup_cfg(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """``[options] install_requires`` and ``[options.extras_require]`` lines of a setup.cfg."""
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    out: list[Evidence] = []
    section, key = "", ""
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if re.match(r"^\[.*\]$", line.strip()):
            section, key = line.strip()[1:-1].strip(), ""
            continue
        m = re.match(r"^([\w.-]+)\s*=\s*(.*)$", line)
        if m:
            key, value = m.group(1), m.group(2)
        elif line.startswith((" ", "\t")):
            value = line.strip()
        else:
            continue
        extra = section == "options.extras_require"
        if value and ((section == "options" and key == "install_requires") or extra):
            found = requirement(value)
            if found:
                out.extend(_evidence(name, i, "setup.cfg", found, key if extra else None))
    return out


# ----------------------------------------------------------------------------------------- Makefile

def is_makefile(relpath: str) -> bool:
    base = relpath.rsplit("/", 1)[-1]
    return base in ("Makefile", "makefile", "GNUmakefile") or base.endswith(".mk")


def makefile(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """A Makefile that compiles with ``nvcc`` builds CUDA code: an NVIDIA GPU; one whose ``HIPCC`` is ROCm's
    ``hipcc`` builds HIP code for an AMD GPU (the first such line)."""
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    lines = text.splitlines()
    for i, line in enumerate(lines, 1):
        # (and a compiler variable set to nvcc: "ifeq ($(COMPILER),nvidia)" / "  CC = nvcc")
        if re.search(r"^\s*NVCC\s*[:?+]?=|^\t.*\$\(NVCC\)|^\t\s*nvcc\s|^\s*(?:CC|CXX)\s*[:?+]?=\s*nvcc\b", line):
            default = _default_target(lines)
            if default is not None and not _CUDA_TARGET.search(default[1]) and any(
                    _CUDA_TARGET.search(t) for t in _TARGET.findall(text)):
                # "all: sequential openmp mpi" beside "cuda: stencil-cuda ...": a CUDA build the user may ask for
                return [Evidence(name, i, "makefile", INFERRED, f"compiles CUDA code with nvcc, but only for its "
                                 f"CUDA targets: the default target (line {default[0]}) builds without them",
                                 need("gpus>=1"), GPU_OPTIONAL, "alternative"),
                        Evidence(name, i, "makefile", INFERRED, "compiles CUDA code with nvcc (its CUDA targets)",
                                 need("gpu_vendor=nvidia"), GPU_OPTIONAL, "alternative")]
            return _evidence(name, i, "makefile", [(GPU_REQUIRED, "compiles CUDA code with nvcc", "nvidia")])
        if re.search(r"^\s*HIPCC\s*[:?+]?=.*rocm.*\bhipcc\b|^\s*(?:CC|CXX)\s*[:?+]?=\s*(?:\S*/)?hipcc\b", line,
                     re.IGNORECASE):
            return _evidence(name, i, "makefile", [(GPU_REQUIRED, "compiles HIP code with ROCm's hipcc", "amd")])
    return []


# a launcher's GPU count in a documented command: "--num-gpus 8", "--gpus=4", "--gpu-per-worker 1" (not "--gpus 0,",
# a list of device indices, nor the singular "--gpu 1", often an index)
_GPU_FLAG = re.compile(r"--(?:num[_-])?n?gpus(?:[_-]per[_-](?:worker|node|task))?[= ](\d{1,2})\b(?!\s*,)|"
                       r"--(?:num[_-])gpu[= ](\d{1,2})\b|--gpu[_-]per[_-](?:worker|node|task)[= ](\d{1,2})\b")
_TRAINING_WORDS = re.compile(r"train|fine-?tun|微调|训练", re.IGNORECASE)  # (fine-tuning, training in Chinese)
_ONE_GPU_WAY = re.compile(r"^\W*(?:#{1,6}\s*)?(?:single|one|1)[- ]GPU\s+(?:training|inference|fine-?tuning|"
                          r"evaluation|testing|usage|mode|runs?)\b\W*$|"
                          # (in Chinese: "💻 单卡QLoRA指令微调：", single-card QLoRA fine-tuning)
                          r"^\W*(?:#{1,6}\s*)?单卡\S{0,30}$", re.IGNORECASE)
# ... and a code block's comment above its command: "# For Wan2.1 single GPU inference (1.3B-480P)"
_ONE_GPU_COMMENT = re.compile(r"^\s*#\s*(?:[^#]{0,40}\s)?(?:single|one|1)[- ]GPU\s+(?:training|inference|fine-?tuning|"
                              r"evaluation|testing|usage|mode|runs?)\b", re.IGNORECASE)
_TARGET = re.compile(r"(?m)^([A-Za-z][\w.-]*)\s*:(?!=)")
_CUDA_TARGET = re.compile(r"(?<![a-z])(?:cuda|nvcc|gpu|cublas|thrust|nccl)(?![a-z])", re.IGNORECASE)


def _default_target(lines: list[str]) -> tuple[int, str] | None:
    """``(line, prerequisites)`` of ``all:``, the target ``make`` builds by default here."""
    for i, line in enumerate(lines, 1):
        m = re.match(r"all\s*:(?!=)(.*)", line)
        if m:
            return i, m.group(1)
    return None


# ----------------------------------------------------------------------------------------- launch scripts

def is_launch_script(relpath: str) -> bool:
    """A shell/Slurm script at most two directories down (``scripts/run.sh``, ``recipes/x/launch.slurm``);
    deeper ones belong to vendored sub-projects."""
    return relpath.endswith((".sh", ".slurm", ".sbatch")) and relpath.count("/") <= 2


_GRES = re.compile(r"^#SBATCH\s+--gres[= ]gpu(?::(?P<type>[\w-]+))?:(\d{1,2})\b")
_GPUS_PER_NODE = re.compile(r"^#SBATCH\s+--gpus-per-node[= ](?:[\w-]+:)?(\d{1,2})\b")
# "#SBATCH --gpus=1": the job's GPUs in all (per node when the job asks for no more than one node)
_SBATCH_GPUS = re.compile(r"^#SBATCH\s+(?:--gpus[= ]|-G\s*)(?:[\w-]+:)?(\d{1,2})\b")
_BRANCH_END = re.compile(r"(?:^|[;&|\s])(?:fi|esac)\b")
_SBATCH_NODES = re.compile(r"^#SBATCH\s+(?:--nodes[= ]|-N\s*)(\d{1,4})\b", re.MULTILINE)
_SBATCH_MEM = re.compile(r"^#SBATCH\s+--mem[= ](\d{1,7})([kmgt])?b?\b", re.IGNORECASE)
# a Slurm allocation a README documents: "salloc --nodes 2 --cpus-per-gpu 16 --mem 1760GB --gres=gpu:8"
_SLURM_COMMAND = re.compile(r"(?<![\w-])(?:salloc|srun|sbatch)\s")
_SLURM_MEM = re.compile(r"(?<![\w-])--mem[= ](\d{1,7})([kmgt])?b?\b", re.IGNORECASE)
_SLURM_CPUS = re.compile(r"(?<![\w-])(?:--cpus-per-task[= ]|-c\s*)(\d{1,3})\b")
_SLURM_CPUS_PER_GPU = re.compile(r"(?<![\w-])--cpus-per-gpu[= ](\d{1,3})\b")
_SLURM_GRES = re.compile(r"(?<![\w-])--gres[= ]gpu(?::[\w-]+)?:(\d{1,2})\b")
_SBATCH_CPUS = re.compile(r"^#SBATCH\s+(?:-c\s*|--cpus-per-task[= ])(\d{1,3})\b")
# a code block's comment above an install: "# For GPU support run", "# (optional) with CUDA"
_GPU_STEP_COMMENT = re.compile(r"^\s*#\s*(?:\(?optional\)?[:,]?\s*)?(?:for|if|with|optionally)\b[^#]{0,40}"
                               r"\b(?:GPUs?|CUDA)\b", re.IGNORECASE)
_IF_GPU_COMMENT = re.compile(r"\s#[^#]*\b(?:if|when|for)\b[^#]*\b(?:GPUs?|CUDA)\b", re.IGNORECASE)
# (Accelerate's "--num_processes 8" only after "accelerate launch": elsewhere, an RL script's worker processes)
_NPROC = re.compile(r"--nproc[_-]per[_-]node[= ](\d{1,2})\b|"
                    r"\baccelerate\s+launch\b[^#]*?--num[_-]processes[= ](\d{1,2})\b")
# a launch script's Hydra override of verl's trainer: "trainer.n_gpus_per_node=8 \" (a README's quick start may run
# the same with 1: there the documented commands are read as written, not as a launch script's count)
_HYDRA_GPUS = re.compile(r"(?<![\w.])trainer\.n_gpus_per_node=(\d{1,2})\b")
# a launch command's count in a shell variable: "GPUS_PER_NODE=8" ... "--nproc_per_node=$GPUS_PER_NODE"
_NPROC_VARIABLE = re.compile(r"--nproc[_-]per[_-]node[= ]\$\{?([A-Za-z_]\w{0,40})\}?")
_ASSIGNMENT = re.compile(r"^(?:export\s+)?([A-Za-z_]\w{0,40})=[\"']?(\d{1,2})[\"']?(?:\s|;|$)")


def _count_variables(lines: list[str]) -> dict[str, tuple[int, int]]:
    """A script's variables assigned a count once (``GPUS_PER_NODE=8``): name -> (line, value); a variable
    assigned twice (or more) depends on the branch taken and says no count."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for i, raw in enumerate(lines, 1):
        if (a := _ASSIGNMENT.match(raw.strip())) and int(a.group(2)) > 0:
            seen.setdefault(a.group(1), []).append((i, int(a.group(2))))
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


# the devices a command names by index: "--gpus 0,1,2,3" (Lightning; "--gpus 0," is one), "device=0,1,2,3"
# (Ultralytics), "CUDA_VISIBLE_DEVICES=0,1 torchrun ...": one GPU per index (a single bare index is not a count)
_DEVICE_LIST = re.compile(r"(?:--gpus|--gpu[_-]ids|(?<![\w-])device|--devices|CUDA_VISIBLE_DEVICES)[= ][\"']?"
                          r"(\d{1,2}(?:\s*,\s*\d{1,2}){1,15}|\d{1,2}\s*,(?!\s*\d))")


def _device_count(ids: re.Match[str]) -> int:
    """How many devices a ``_DEVICE_LIST`` match names ("0,1,2,3": 4; "0,": 1)."""
    return len([x for x in ids.group(1).split(",") if x.strip()])


_LAUNCHER = re.compile(r"^[\"']?\s+(?:python3?|torchrun|deepspeed|accelerate)\b")  # the command a device list prefixes
# (not "--from_pretrained")
_TRAIN_COMMAND = re.compile(r"(?<![a-z])(?:pre-?)?train(?!ed)|fine-?tun|finetun", re.IGNORECASE)


_FLAG_DOC = re.compile(r"^\W*`?(-{1,2}[A-Za-z][\w-]{0,30})`?\s*[:=]\s*(?:the\s+)?(?:number|num|#)\s+of\s+"
                       r"(?:gpus?|gpu\s+devices|gpu\s+cards)\b", re.IGNORECASE)


def _documented_gpu_flags(lines: list[str]) -> re.Pattern[str] | None:
    """The flags a README explains as a GPU count ("* -d: number of gpu devices"), as one pattern reading the count a
    command gives them (``-d 8``), or None."""
    found = {m.group(1) for line in lines if (m := _FLAG_DOC.match(line))}
    if not found:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(found)) + r")[= ](\d{1,2})\b(?!\s*,)")


_SCALE_LAUNCH = re.compile(r"torchrun|torch\.distributed|accelerate\s+launch|\bdeepspeed\b|\bmpirun\b|\bsrun\b")


def _headings(lines: list[str]) -> dict[int, str]:
    """Each line's nearest Markdown heading above it (1-based line numbers; fenced code is not a heading)."""
    out: dict[int, str] = {}
    heading, fence = "", ""
    for i, text in enumerate(lines, 1):
        if (change := fence_change(text.strip(), fence)) is not None:
            fence = change
        elif not fence and (h := re.match(r"\s{0,3}#{1,6}\s+(.*)", text)):
            heading = h.group(1)
        out[i] = heading
    return out


def _plain_training_command(lines: list[str], code: list[tuple[int, str]],
                            nprocs: list[tuple[int, int, str, bool]]) -> tuple[int, str] | None:
    """When every launch command with a GPU count sits under a scale-out heading ("Training with Multiple GPUs",
    "Multi-Node Training"), the README's plain training command elsewhere (``python scripts/train.py task=Ant``, no
    launcher, no device count) is the usual way: the first such command, else None."""
    from envboot.data.repo_needs.prose import SCALE_OUT_HEADING as _SCALE_OUT_HEADING

    heads = _headings(lines)
    if not all(_SCALE_OUT_HEADING.search(heads.get(ln, "")) for _, ln, _, _ in nprocs):
        return None
    for ln, text in code:
        if _SCALE_OUT_HEADING.search(heads.get(ln, "")) or not _TRAIN_COMMAND.search(text) \
                or not re.search(r"\.py\b", text) or _SCALE_LAUNCH.search(text) \
                or _NPROC.search(text) or _GPU_FLAG.search(text) or _DEVICE_LIST.search(text):
            continue
        return ln, text.strip()
    return None


def _trains(code: list[tuple[int, str]], line: int) -> bool:
    """The command on ``line`` (with its backslash-continued neighbours) runs training: ``train.py``,
    ``tools/train``, ``--train``, ``yolo detect train``."""
    at = {ln: text for ln, text in code}
    first = line
    while first - 1 in at and at[first - 1].rstrip().endswith("\\"):
        first -= 1
    last = line
    while last in at and at[last].rstrip().endswith("\\") and last + 1 in at:
        last += 1
    return any(_TRAIN_COMMAND.search(at[i]) for i in range(first, last + 1) if i in at)


def _slurm_mem(name: str, line: int, source: str, detail: str, m: re.Match[str]) -> Evidence:
    """Slurm's ``--mem`` (``32g``, ``1760GB``; no unit: MB) as a stated RAM need."""
    unit = {"k": "KB", "m": "MB", "g": "GB", "t": "TB"}[(m.group(2) or "m").lower()]
    return Evidence(name, line, source, STATED, detail, need(f"ram>={m.group(1)}{unit}"), None,
                    f"{m.group(1)} {unit} of RAM, minimum")


def _slurm_allocation(name: str, line: int, command: str) -> list[Evidence]:
    """The memory and CPUs a documented Slurm command asks for (``--mem 1760GB``; ``-c 12``, or ``--cpus-per-gpu 16``
    times its ``--gres=gpu:8``), stated: the host the authors run it on."""
    out = []
    r = _SLURM_MEM.search(command)
    if r and int(r.group(1)) > 0:
        out.append(_slurm_mem(name, line, "readme", f"{command[:100]} (the memory the Slurm job asks for)", r))
    c, per_gpu, gres = _SLURM_CPUS.search(command), _SLURM_CPUS_PER_GPU.search(command), _SLURM_GRES.search(command)
    cpus = int(c.group(1)) if c else int(per_gpu.group(1)) * int(gres.group(1)) if per_gpu and gres else 0
    if cpus > 0:
        how = f"{per_gpu.group(1)} per GPU x {gres.group(1)} GPUs" if not c and per_gpu and gres else "asked for"
        out.append(Evidence(name, line, "readme", STATED, f"{command[:100]} (the CPUs the Slurm job asks for: {how})",
                            need(f"cpus>={cpus}"), None, f"{cpus} CPU threads ({how}), minimum"))
    return out


def _gres_model(gres_type: str) -> tuple[str, str] | None:
    """A Slurm GPU type (``a100``, ``rtx2080``, ``v100-32g``) as (catalogue name, vendor), or None."""
    from envboot.data.repo_needs.prose import gpu_model

    return gpu_model(re.sub(r"[-_]\d+g(?:b)?$", "", gres_type, flags=re.IGNORECASE)) if gres_type else None


# a documented command's device flag: "--device=cuda:0", "--device cuda" (not "--device cpu", nor "--device $DEV")
# (and a documented Python call's keyword: 'OnPolicyRunner(env, cfg, device="cuda:0")'; a command run on chosen
# CUDA devices: "CUDA_VISIBLE_DEVICES=0,1 torchrun ...", not a bare export)
_DEVICE_CUDA = re.compile(r"--device[= ][\"']?cuda(?::\d{1,2})?\b|\bdevice\s*=\s*[\"']cuda(?::\d{1,2})?[\"']|"
                          r"^\s*(?:[$>]\s*)?CUDA_VISIBLE_DEVICES=[\"']?\d[\d,]*[\"']?\s+\S")


# "docker run --gpus all ... nvcr.io/nvidia/nvhpc": the container is given the host's GPUs (NVIDIA's Container Toolkit)
_DOCKER_GPUS = re.compile(r"\bdocker\s+(?:container\s+)?run\b.*?\s(--gpus[= ][\"']?(?:all|device=[\d,]+)\b)")


# a documented command's comment naming the GPUs it runs on: "bash main_grpo.sh  # 4xA100 80G", "# 8 GPUs"
_HARDWARE_COMMENT = re.compile(r"\S\s+#\s*((?:\d{1,2}\s*[x×*]\s*)?(?:[AHVL]\d{2,3}|RTX\s*\d{4}|\d{1,2}\s+GPUs?)\b"
                               r"[^#]{0,40})$", re.IGNORECASE)


def _commented_hardware(name: str, line: int, comment: str) -> list[Evidence]:
    """The GPUs a documented command's comment names: the setup that command runs on (recommended, not a minimum)."""
    from envboot.data.repo_needs.prose import sentence_statements

    out = []
    for st in sentence_statements(comment, line, ""):
        if st.term and st.term.startswith(("gpus>=", "gpu_memory>=", "gpu_vendor=")) and "catalogue" not in st.reading:
            out.append(Evidence(name, line, "readme", STATED, f'"# {comment.strip()}": the GPUs the documented command '
                                f"runs on (read as {st.term})", need(st.term), GPU_REQUIRED,
                                "recommended (the setup a documented command was run on), training"))
    return out


def _nvidia_gpu(name: str, line: int, source: str, detail: str) -> list[Evidence]:
    """An inferred NVIDIA GPU need (``gpus>=1`` and ``gpu_vendor=nvidia``) read at one line."""
    return [Evidence(name, line, source, INFERRED, detail, need(term), GPU_REQUIRED)
            for term in ("gpus>=1", "gpu_vendor=nvidia")]


def _device_cuda(name: str, line: int, source: str, token: str) -> list[Evidence]:
    return _nvidia_gpu(name, line, source, f"{token}: the command runs on a CUDA device")


# a pipeline script's resource defaults, named by their comments: 'CPU="8"  # number of CPUs to use',
# 'MEM="64" # max memory (in GB)'
_RESOURCE_DEFAULT = re.compile(r"^(?:export\s+)?(?P<var>[A-Z_]*(?:CPUS?|CORES|THREADS|MEM|MEMORY)[A-Z_]*)=[\"']?"
                               r"(?P<n>\d{1,5})(?P<unit>[GT]B?)?[\"']?\s*#\s*(?P<comment>.+)$")


# a command's usage text in a README: "--cpus N  Number of CPUs to use (0=ALL) (default: 8)", "--ram n.nn  Try to
# keep RAM usage below this many GB (default: 16)": what the tool takes unless told otherwise
_OPTION_DEFAULT = re.compile(r"^\s*(?:-\w,\s*)?--?(?P<opt>[\w-]{2,30})\b(?P<text>[^#]*?)\(default:?\s*(?P<n>\d{1,5})\)",
                             re.IGNORECASE)


def _option_default(name: str, i: int, line: str) -> Evidence | None:
    m = _OPTION_DEFAULT.match(line)
    if not m or int(m.group("n")) == 0:
        return None
    opt, text, n = m.group("opt").lower(), m.group("text"), int(m.group("n"))
    if re.search(r"cpus?|cores|threads", opt) and re.search(r"\b(?:CPUs?|cores|threads)\b", text, re.IGNORECASE):
        return Evidence(name, i, "readme", INFERRED, f"{line.strip()[:100]} (the command's default)",
                        need(f"cpus>={n}"), None, f"{n} CPU threads, the command's default")
    if re.search(r"ram|mem", opt) and re.search(r"\b(?:RAM|memory)\b", text, re.IGNORECASE) and \
            re.search(r"\bGB\b", text) and not re.search(r"\bGPU|VRAM\b", text):
        return Evidence(name, i, "readme", INFERRED, f"{line.strip()[:100]} (the command's default)",
                        need(f"ram>={n}GB"), None, f"{n}GB of RAM, the command's default")
    return None


def _resource_default(name: str, i: int, line: str) -> Evidence | None:
    m = _RESOURCE_DEFAULT.match(line)
    if not m or int(m.group("n")) == 0:
        return None
    n, comment, unit = int(m.group("n")), m.group("comment"), (m.group("unit") or "")[:1]
    if re.search(r"\b(?:CPUS?|CORES|THREADS)\b", m.group("var").replace("_", " ")) and \
            re.search(r"\b(?:CPUs?|cores|threads)\b", comment, re.IGNORECASE) and not unit:
        return Evidence(name, i, "script", INFERRED, f"{line[:100]} (the script's default)", need(f"cpus>={n}"),
                        None, f"{n} CPU threads, the script's default")
    said = re.search(r"\b(GB|TB)\b", comment)
    if re.search(r"MEM", m.group("var")) and re.search(r"\bmemory\b", comment, re.IGNORECASE) and \
            not re.search(r"\bGPU|VRAM\b", comment) and (unit or said):
        size = f"{n}{'TB' if (unit or said.group(1))[0] == 'T' else 'GB'}"  # type: ignore[union-attr]
        return Evidence(name, i, "script", INFERRED, f"{line[:100]} (the script's default)", need(f"ram>={size}"),
                        None, f"{size} of RAM, the script's default")
    return None


def launch_script(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """What a launch script was written for: ``#SBATCH --gres=gpu:8`` / ``--gpus-per-node`` (stated),
    ``torchrun --nproc_per_node 8`` (inferred: one process per GPU), and hardware named in its comments."""
    from envboot.data.repo_needs.prose import sentence_statements

    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    out: list[Evidence] = []
    lines = text.splitlines()
    counts = _count_variables(lines)
    nodes = max((int(n) for n in _SBATCH_NODES.findall(text)), default=1)
    branch = 0  # depth of the shell's if/case blocks
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        # ("if [ -f x ]; then pip install y; fi" on one line opens and closes its branch there)
        branch = max(0, branch + bool(re.match(r"(?:if|case)\s", line)) - len(_BRANCH_END.findall(line)))
        if (v := _NPROC_VARIABLE.search(line)) and not line.startswith("#") and v.group(1) in counts:
            # "--nproc_per_node=$GPUS_PER_NODE" with "GPUS_PER_NODE=8" above: cited where the figure stands
            at, n = counts[v.group(1)]
            out.append(Evidence(name, at, "script", INFERRED, f"{lines[at - 1].strip()[:100]} (one process per GPU: "
                                f"line {i}, {line[:60]})", need(f"gpus>={n}"), GPU_REQUIRED, f"{n} GPU(s) per node"))
            continue
        m = _GRES.match(line) or _GPUS_PER_NODE.match(line) or (_SBATCH_GPUS.match(line) if nodes == 1 else None)
        if m:
            count = m.group(m.lastindex or 1)
            out.append(Evidence(name, i, "script", STATED, f"{line} (the GPUs per node the job asks for)",
                                need(f"gpus>={int(count)}"), GPU_REQUIRED, f"{count} GPU(s) per node"))
            known = _gres_model(m.groupdict().get("type") or "")
            if known:  # "--gres=gpu:rtx2080:1", "--gres=gpu:a100:4": the GPU type the job asks for
                out.append(Evidence(name, i, "script", STATED, f"{line} (the job asks for {known[0]} GPUs: "
                                    f"{known[1].upper()})", need(f"gpu_vendor={known[1]}"), GPU_REQUIRED,
                                    f"{count} GPU(s) per node"))
            continue
        r = _SBATCH_MEM.match(line)
        if r and int(r.group(1)) > 0:  # "#SBATCH --mem=32g": the memory the job asks for (0 means all there is)
            out.append(_slurm_mem(name, i, "script", f"{line} (the memory the job asks for)", r))
            continue
        c = _SBATCH_CPUS.match(line)
        if c and int(c.group(1)) > 0:  # "#SBATCH -c 2", "--cpus-per-task=12": the CPUs the job asks for
            out.append(Evidence(name, i, "script", STATED, f"{line} (the CPUs the job asks for)",
                                need(f"cpus>={int(c.group(1))}"), None, f"{c.group(1)} CPU threads, minimum"))
            continue
        if (h := _resource_default(name, i, line)) is not None:  # 'CPU="8"  # number of CPUs to use'
            out.append(h)
            continue
        if "install" in line and not line.startswith("#") and not branch:
            # install.sh: "conda install pytorch-cuda=12.1 ..." (not one branch of an if/case: a CUDA branch beside
            # a ROCm one is an alternative the script picks on the host)
            out.extend(_installs(name, i, "script", line))
        d = _DEVICE_CUDA.search(line) if not line.startswith("#") else None
        if d and not any(e.source == "script" and e.need and e.need.key == "gpu_vendor" for e in out):
            out += _device_cuda(name, i, "script", d.group(0))
        m = _NPROC.search(line) or _HYDRA_GPUS.search(line)
        n = int(next(g for g in m.groups() if g)) if m else 0
        why = "one process per GPU"
        if not n and (ids := _DEVICE_LIST.search(line)) and _LAUNCHER.search(line[ids.end():]):
            # "CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7 python3 -m torch.distributed.launch": the command's devices
            # (not a bare "export CUDA_VISIBLE_DEVICES=0,1,2,3" some later command may or may not use)
            n, why = _device_count(ids), "one GPU per device index"
        if n > 0 and not line.startswith("#"):
            out.append(Evidence(name, i, "script", INFERRED, f"{line[:100]} ({why})",
                                need(f"gpus>={n}"), GPU_REQUIRED, f"{n} GPU(s) per node"))
        elif line.startswith("#") and not line.startswith(("#!", "#SBATCH")):
            for st in sentence_statements(line.lstrip("# "), i, ""):
                if st.term and st.term.startswith(("gpus", "gpu_memory", "gpu_vendor")):
                    out.append(Evidence(name, i, "script", STATED, f'"{line[:100]}" (read as {st.reading})',
                                        need(st.term), st.gpu, st.reading))
    return out
