"""Standard declarations of hardware needs: devcontainer.json ``hostRequirements``, CWL
``ResourceRequirement`` / ``cwltool:CUDARequirement``, Hugging Face Spaces ``suggested_hardware``,
and Docker Compose GPU device reservations. Confidence: declared.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import yaml

from envboot.data.repo_needs._common import (
    DECLARED,
    GPU_NONE,
    GPU_OPTIONAL,
    GPU_REQUIRED,
    INFERRED,
    MAX_NUMBER,
    Evidence,
    Refused,
    line_of,
    load_json,
    load_yaml,
    need,
    read_text,
    read_yaml,
    rel,
)

# ----------------------------------------------------------------------------------------- devcontainer

_DEVCONTAINER_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(tb|gb|mb|kb)\s*$", re.IGNORECASE)


def is_devcontainer(relpath: str) -> bool:
    return relpath in (".devcontainer.json", ".devcontainer/devcontainer.json") or bool(
        re.fullmatch(r"\.devcontainer/[^/]+/devcontainer\.json", relpath))


def devcontainer(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """``hostRequirements``: cpus, memory, storage (``"8gb"``: tb/gb/mb/kb, read as decimal units), gpu
    (``true``, ``"optional"`` or ``{"cores": n, "memory": "16gb"}``)."""
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    try:
        doc = load_json(_strip_jsonc(text))
    except Refused as exc:
        warnings.append(f"{name}: {exc}; skipped")
        return []
    except ValueError as exc:
        warnings.append(f"{name}: not valid JSON with comments ({str(exc.args[0])[:60]}); skipped")
        return []
    host = doc.get("hostRequirements") if isinstance(doc, dict) else None
    run_args = doc.get("runArgs") if isinstance(doc, dict) else None
    out: list[Evidence] = []
    if isinstance(run_args, list) and any(isinstance(a, str) and (a == "--gpus" or a.startswith("--gpus="))
                                          for a in run_args):
        line = line_of(text, r"--gpus")
        if not (isinstance(host, dict) and "gpu" in host):
            out.append(Evidence(name, line, "devcontainer", DECLARED, "runArgs: --gpus (the container gets the "
                                "GPUs)", need("gpus>=1"), GPU_REQUIRED))
        out.append(Evidence(name, line, "devcontainer", DECLARED, "runArgs: --gpus (Docker's NVIDIA GPU flag)",
                            need("gpu_vendor=nvidia"), GPU_REQUIRED))
    out += _devcontainer_cuda(name, text, doc)
    if not isinstance(host, dict):
        return out
    start = text.find("hostRequirements")

    def ev(field: str, detail: str, need_text: str | None, gpu: str | None = None) -> None:
        begin = max(start, 0)
        if detail.startswith("gpu.memory"):  # the "memory" inside "gpu": {...}
            begin = max(text.find('"gpu"', begin), begin)
        line = line_of(text, rf'"{field}"', begin) or line_of(text, "hostRequirements")
        out.append(Evidence(name, line, "devcontainer", DECLARED, f"hostRequirements.{detail}",
                            need(need_text) if need_text else None, gpu))

    cpus = host.get("cpus")
    if isinstance(cpus, int | float) and not isinstance(cpus, bool) and cpus > 0:
        ev("cpus", f"cpus: {cpus}", f"cpus>={math.ceil(cpus)}")
    elif cpus is not None:
        warnings.append(f"{name}: hostRequirements.cpus {cpus!r} is not a positive number; ignored")
    for field, key in (("memory", "ram"), ("storage", "disk")):
        value = host.get(field)
        if value is None:
            continue
        size = _devcontainer_size(value)
        if size is None:
            warnings.append(f"{name}: hostRequirements.{field} {value!r} is not a size like \"8gb\"; ignored")
        else:
            ev(field, f"{field}: {json.dumps(value)}", f"{key}>={size}")
    gpu = host.get("gpu")
    if gpu is True:
        ev("gpu", "gpu: true", "gpus>=1", GPU_REQUIRED)
    elif gpu is False:
        ev("gpu", "gpu: false", None, GPU_NONE)
    elif gpu == "optional":
        ev("gpu", 'gpu: "optional"', None, GPU_OPTIONAL)
    elif isinstance(gpu, dict):
        ev("gpu", f"gpu: {json.dumps(gpu)}", "gpus>=1", GPU_REQUIRED)
        mem = gpu.get("memory")
        if mem is not None:
            size = _devcontainer_size(mem)
            if size is None:
                warnings.append(f"{name}: hostRequirements.gpu.memory {mem!r} is not a size like \"16gb\"; ignored")
            else:
                ev("memory", f"gpu.memory: {json.dumps(mem)}", f"gpu_memory>={size}", GPU_REQUIRED)
        if "cores" in gpu:
            warnings.append(f"{name}: hostRequirements.gpu.cores ({gpu['cores']!r}) is not recorded by the "
                            "inventory; not a need")
    elif gpu is not None:
        warnings.append(f"{name}: hostRequirements.gpu {gpu!r} is not true, \"optional\" or an object; ignored")
    return out


_CUDA_FEATURE = re.compile(r"/nvidia-cuda(?::|$)")


def _devcontainer_cuda(name: str, text: str, doc: object) -> list[Evidence]:
    """The NVIDIA CUDA feature (``ghcr.io/devcontainers/features/nvidia-cuda``): installed, a GPU signal
    (inferred, like a CUDA base image); only in a comment ("Uncomment to install NVIDIA CUDA - required for a
    GPU-powered codespace"), a GPU the user may switch on: optional."""
    features = doc.get("features") if isinstance(doc, dict) else None
    for key in features if isinstance(features, dict) else ():
        if isinstance(key, str) and _CUDA_FEATURE.search(key):
            line = line_of(text, re.escape(key))
            detail = f"features: {key} (installs NVIDIA CUDA)"
            return [Evidence(name, line, "devcontainer", INFERRED, detail, need("gpus>=1"), GPU_REQUIRED),
                    Evidence(name, line, "devcontainer", INFERRED, detail, need("gpu_vendor=nvidia"), GPU_REQUIRED)]
    lines = text.splitlines()
    for i, raw in enumerate(lines, 1):
        comment = raw.strip()
        if comment.startswith("//") and _CUDA_FEATURE.search(comment) or (
                comment.startswith("//") and re.search(r"\b(?:GPU|CUDA)\b", comment, re.IGNORECASE)
                and any(_CUDA_FEATURE.search(x) for x in lines[i:i + 6])):  # the comment above a commented feature
            detail = f"{comment[:100]} (a commented-out CUDA feature: a GPU the user may switch on)"
            return [Evidence(name, i, "devcontainer", INFERRED, detail, None, GPU_OPTIONAL),
                    Evidence(name, i, "devcontainer", INFERRED, detail, need("gpu_vendor=nvidia"), GPU_OPTIONAL)]
    return []


def _devcontainer_size(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = _DEVCONTAINER_SIZE.match(value)
    if not m:
        return None
    return f"{m.group(1)}{m.group(2).upper()}"


def _strip_jsonc(text: str) -> str:
    """JSON with comments (devcontainer.json is JSONC): drop // and /* */ comments and trailing commas."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            # keep the line count: comments become their newlines
            out.append("\n" * text.count("\n", i, n if j < 0 else j))
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


# ----------------------------------------------------------------------------------------- CWL

_CUDA_CLASSES = ("cwltool:CUDARequirement", "http://commonwl.org/cwltool#CUDARequirement", "CUDARequirement")


def cwl(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """``ResourceRequirement`` (coresMin, ramMin in MiB, outdirMin + tmpdirMin in MiB) and
    ``cwltool:CUDARequirement`` (cudaDeviceCountMin, default 1), in requirements or hints, at any depth."""
    loaded = read_yaml(root, path, warnings, "CWL (YAML)")
    if loaded is None:
        return []
    name, text, doc = loaded
    out: list[Evidence] = []
    tool = {id(b) for _, _, b in _requirements(doc, own_only=True)} if isinstance(doc, dict) else set()
    own = tool if isinstance(doc, dict) and doc.get("class") == "Workflow" else set()
    for kind, cls, body in _requirements(doc):
        where = f"{kind}.{cls}"
        cls_line = line_of(text, re.escape(cls.split("#")[-1].split(":")[-1]))
        reading = WORKFLOW_LEVEL if id(body) in own else ""

        def ev(field: str, detail: str, need_text: str | None, gpu: str | None = None,
               *, _where: str = where, _cls_line: int = cls_line, _reading: str = reading) -> None:
            line = line_of(text, rf"\b{field}\b") or _cls_line
            out.append(Evidence(name, line, "cwl", DECLARED, f"{_where}: {detail}",
                                need(need_text) if need_text else None, gpu, _reading))

        if cls == "ResourceRequirement":
            mine = id(body) in tool  # the document's own request: its expressions may name its inputs
            for field, unit, term in (("coresMin", "", lambda v: f"cpus>={math.ceil(v)}"),
                                      ("ramMin", " (MiB)", lambda v: f"ram>={_mib(v)}")):
                value = body.get(field)
                if (d := _from_input(value, doc, text) if mine else None) is not None:
                    figure, at, said = d
                    out.append(Evidence(name, at, "cwl", DECLARED, f"{where}: {field}: {value}, {said} = "
                                        f"{figure:g}{unit}", need(term(figure)), None, reading))
                elif figure := _cwl_number(value, f"{name}: {where}.{field}", warnings):
                    ev(field, f"{field}: {value}{unit}", term(figure))
            outdir = _cwl_number(body.get("outdirMin"), f"{name}: {where}.outdirMin", warnings) or 0
            tmpdir = _cwl_number(body.get("tmpdirMin"), f"{name}: {where}.tmpdirMin", warnings) or 0
            if outdir or tmpdir:
                field = "outdirMin" if outdir else "tmpdirMin"
                ev(field, f"outdirMin + tmpdirMin: {outdir:g} + {tmpdir:g} (MiB)",
                   f"disk>={_mib(outdir + tmpdir)}")
        elif cls.split("#")[-1] in ("sbg:AWSInstanceType", "AWSInstanceType"):
            # Seven Bridges: "c5.9xlarge;ebs-gp2;2048" is an instance type with a 2048 GB EBS volume (the
            # instance's own CPUs and RAM are not written as numbers: not read)
            value = str(body.get("value", ""))
            m = re.fullmatch(r"\s*[\w.-]+\s*;\s*ebs-\w+\s*;\s*(\d{1,6})\s*", value)
            if m and int(m.group(1)) > 0:
                line = line_of(text, re.escape(value)) or cls_line
                out.append(Evidence(name, line, "cwl", DECLARED, f"{where}: {value} (an EBS volume of "
                                    f"{m.group(1)} GB)", need(f"disk>={int(m.group(1))}GB"), None, reading))
        elif cls in _CUDA_CLASSES:
            count = body.get("cudaDeviceCountMin", 1)
            n = _cwl_number(count, f"{name}: {where}.cudaDeviceCountMin", warnings)
            n = math.ceil(n) if n else 1
            stance = GPU_REQUIRED if kind == "requirements" else GPU_OPTIONAL  # hints are optional (CWL spec)
            hint = "" if kind == "requirements" else " (a hint: optional by the CWL spec)"
            ev("cudaDeviceCountMin" if "cudaDeviceCountMin" in body else "CUDARequirement",
               f"cudaDeviceCountMin: {count} count{hint}", f"gpus>={n}", stance)
            out.append(Evidence(name, cls_line, "cwl", DECLARED, f"{where}: CUDA means an NVIDIA GPU{hint}",
                                need("gpu_vendor=nvidia"), stance, "" if kind == "requirements" else "alternative"))
    return out


# "coresMin: $(inputs.cores)", "ramMin: $(inputs.ram * 1000)": a request an input sets
_INPUT_REF = re.compile(r"\$\(\s*inputs\.(\w{1,60})\s*(?:\*\s*(\d{1,6}(?:\.\d{1,3})?))?\s*\)")


def _from_input(value: object, doc: object, text: str) -> tuple[float, int, str] | None:
    """``(figure, line, how)`` of a request that is one of the document's inputs (times a constant), from the input's
    default (``cores: {type: ['null', int], default: 18}``), cited at the input's line; None otherwise."""
    m = _INPUT_REF.fullmatch(value.strip()) if isinstance(value, str) else None
    inputs = doc.get("inputs") if m and isinstance(doc, dict) else None
    if isinstance(inputs, list):  # the list form: [{id: cores, type: int, default: 18}, ...]
        inputs = {str(i.get("id", "")).lstrip("#"): i for i in inputs if isinstance(i, dict)}
    spec = inputs.get(m.group(1)) if m and isinstance(inputs, dict) else None
    default = spec.get("default") if isinstance(spec, dict) else None
    if m is None or isinstance(default, bool) or not isinstance(default, int | float) or not 0 < default < MAX_NUMBER:
        return None
    figure = float(default) * float(m.group(2) or 1)
    said = f"the input {m.group(1)}'s default {default:g}" + (f" x {m.group(2)}" if m.group(2) else "")
    return figure, line_of(text, rf"(?m)^\s*-?\s*(?:id:\s*)?{re.escape(m.group(1))}\s*:") or \
        line_of(text, rf"\b{re.escape(m.group(1))}\b"), said


def _mib(value: float) -> str:
    n = math.ceil(value)
    return f"{n // 1024}GiB" if n % 1024 == 0 else f"{n}MiB"


WORKFLOW_LEVEL = "workflow level"  # the reading of a Workflow's own ResourceRequirement


def _requirements(doc: object, depth: int = 0, *, own_only: bool = False):
    """(``requirements``|``hints``, class, body) for every requirement in a CWL document, depth first
    (``own_only``: the document's own, not its steps')."""
    if depth > 12:
        return
    if isinstance(doc, list):
        for item in doc:
            yield from _requirements(item, depth + 1)
        return
    if not isinstance(doc, dict):
        return
    for kind in ("requirements", "hints"):
        reqs = doc.get(kind)
        if isinstance(reqs, list):
            for r in reqs:
                if isinstance(r, dict) and isinstance(r.get("class"), str):
                    yield kind, r["class"], r
        elif isinstance(reqs, dict):
            for cls, body in reqs.items():
                if isinstance(cls, str):
                    yield kind, cls, body if isinstance(body, dict) else {}
    if own_only:
        return
    for key, value in doc.items():
        if key not in ("requirements", "hints") and isinstance(value, dict | list):
            yield from _requirements(value, depth + 1)


def _cwl_number(value: object, what: str, warnings: list[str]) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        warnings.append(f"{what}: {value!r} is an expression or not a number; not evaluated")
        return None
    return float(value) if value > 0 else None


# ----------------------------------------------------------------------------------------- HF Spaces

# Hugging Face Spaces hardware flavors (https://huggingface.co/docs/hub/spaces-gpus and the
# suggested_hardware list in https://huggingface.co/docs/hub/spaces-config-reference):
# flavor -> (GPUs, memory per GPU). cpu-* flavors have no GPU.
HF_HARDWARE: dict[str, tuple[int, str | None]] = {
    "cpu-basic": (0, None), "cpu-upgrade": (0, None), "cpu-xl": (0, None),
    "zero-a10g": (1, "24GB"),  # ZeroGPU, named after the A10G it first used
    "t4-small": (1, "16GB"), "t4-medium": (1, "16GB"),
    "l4x1": (1, "24GB"), "l4x4": (4, "24GB"),
    "l40sx1": (1, "48GB"), "l40sx4": (4, "48GB"), "l40sx8": (8, "48GB"),
    "a10g-small": (1, "24GB"), "a10g-large": (1, "24GB"), "a10g-largex2": (2, "24GB"), "a10g-largex4": (4, "24GB"),
    "a100-large": (1, "40GB"),  # HF has listed the A100 large as 40 GB; envboot keeps the lower figure
    "h100": (1, "80GB"), "h100x8": (8, "80GB"),
}
# suggested_storage: persistent storage tiers (https://huggingface.co/docs/hub/spaces-storage).
HF_STORAGE = {"small": "20GB", "medium": "150GB", "large": "1TB"}


def front_matter(text: str, warnings: list[str] | None = None, name: str = "") -> tuple[dict, int] | None:
    """The YAML front matter of a README (``---`` ... ``---`` at the very top) and its last line; a refused
    one (an alias bomb, too large, out-of-range numbers: see ``load_yaml``) is a warning in ``warnings``."""
    if not text.startswith("---"):
        return None
    lines = text.splitlines()
    for i in range(1, min(len(lines), 400)):
        if lines[i].strip() == "---":
            try:
                doc = load_yaml("\n".join(lines[1:i]))
            except Refused as exc:
                if warnings is not None:
                    warnings.append(f"{name}:1: front matter refused: {exc}; not read")
                return None
            except yaml.YAMLError:
                return None
            return (doc if isinstance(doc, dict) else {}), i + 1
    return None


def hf_space(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    fm = front_matter(text, warnings, name) if text else None
    if not fm:
        return []
    doc, _ = fm
    out: list[Evidence] = []
    hw = doc.get("suggested_hardware")
    if hw is not None:
        flavor = str(hw).strip().lower()
        line = line_of(text, r"(?m)^suggested_hardware\s*:")
        spec = HF_HARDWARE.get(flavor)
        if spec is None:
            warnings.append(f"{name}:{line}: suggested_hardware {hw!r} is not a flavor envboot knows "
                            f"({', '.join(HF_HARDWARE)}); ignored")
        else:
            gpus, mem = spec
            detail = f"suggested_hardware: {flavor}"
            if gpus == 0:
                out.append(Evidence(name, line, "hf-space", DECLARED, f"{detail} (no GPU)", None, GPU_NONE))
            else:
                out.append(Evidence(name, line, "hf-space", DECLARED, f"{detail} ({gpus}× GPU of {mem})",
                                    need(f"gpus>={gpus}"), GPU_REQUIRED))
                out.append(Evidence(name, line, "hf-space", DECLARED, f"{detail} ({mem} per GPU)",
                                    need(f"gpu_memory>={mem}"), GPU_REQUIRED))
                out.append(Evidence(name, line, "hf-space", DECLARED, f"{detail} (NVIDIA)",
                                    need("gpu_vendor=nvidia"), GPU_REQUIRED))
    storage = doc.get("suggested_storage")
    if storage is not None:
        line = line_of(text, r"(?m)^suggested_storage\s*:")
        size = HF_STORAGE.get(str(storage).strip().lower())
        if size is None:
            warnings.append(f"{name}:{line}: suggested_storage {storage!r} is not small, medium or large; ignored")
        else:
            out.append(Evidence(name, line, "hf-space", DECLARED, f"suggested_storage: {storage}",
                                need(f"disk>={size}")))
    return out


# ----------------------------------------------------------------------------------------- Compose

def is_compose(relpath: str) -> bool:
    # (and named for a variant: docker-compose.override.yml, docker-compose-web-with-cpu.yml)
    return bool(re.fullmatch(r"(.*/)?(docker-)?compose([.-][\w.-]+)?\.ya?ml", relpath))


def compose(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """``deploy.resources.reservations.devices`` entries with ``capabilities: [gpu]`` (count, or ``all``)."""
    loaded = read_yaml(root, path, warnings)
    if loaded is None:
        return []
    name, text, doc = loaded
    services = doc.get("services") if isinstance(doc, dict) else None
    if not isinstance(services, dict):
        return []
    out: list[Evidence] = []
    for svc_name, svc in services.items():
        before = len(out)
        if isinstance(svc, dict) and (svc.get("runtime") == "nvidia" or svc.get("gpus") not in (None, 0, "0")):
            line = line_of(text, r"(runtime:\s*nvidia|gpus:)")
            field = "runtime: nvidia" if svc.get("runtime") == "nvidia" else f"gpus: {svc.get('gpus')}"
            out.append(Evidence(name, line, "compose", DECLARED, f"services.{svc_name}.{field}",
                                need("gpus>=1"), GPU_REQUIRED))
            out.append(Evidence(name, line, "compose", DECLARED, f"services.{svc_name}.{field}: NVIDIA",
                                need("gpu_vendor=nvidia"), GPU_REQUIRED))
        devices = (((svc or {}).get("deploy") or {}).get("resources") or {}).get("reservations", {}) \
            if isinstance(svc, dict) else {}
        devices = devices.get("devices") if isinstance(devices, dict) else None
        for dev in devices if isinstance(devices, list) else []:
            caps = dev.get("capabilities") if isinstance(dev, dict) else None
            if not (isinstance(caps, list) and "gpu" in caps):
                continue
            count = dev.get("count", "all")
            n = count if isinstance(count, int) and count > 0 else 1
            line = line_of(text, r"capabilities") or line_of(text, re.escape(str(svc_name)))
            detail = f"services.{svc_name}.deploy.resources.reservations.devices: gpu, count {count}"
            role = "training" if re.search(r"train", str(svc_name), re.IGNORECASE) else "serving"
            out.append(Evidence(name, line, "compose", DECLARED, f"{detail} (a {role} service)", need(f"gpus>={n}"),
                                GPU_REQUIRED, role))
            if dev.get("driver") == "nvidia":
                driver_line = line_of(text, r"driver\s*:\s*['\"]?nvidia") or line
                out.append(Evidence(name, driver_line, "compose", DECLARED, f"{detail}, driver nvidia",
                                    need("gpu_vendor=nvidia"), GPU_REQUIRED))
            else:  # Docker serves a GPU device request (``capabilities: [gpu]``, as ``docker run --gpus``) through
                # the NVIDIA Container Toolkit: NVIDIA's, though no driver is named
                out.append(Evidence(name, line, "compose", INFERRED, f"{detail}: a Docker GPU request, served by the "
                                    "NVIDIA Container Toolkit", need("gpu_vendor=nvidia"), GPU_REQUIRED))
        if len(out) == before and re.search(r"(?<![a-z])cpu(?![a-z])", str(svc_name), re.IGNORECASE):
            out.append(Evidence(name, line_of(text, rf"(?m)^\s*{re.escape(str(svc_name))}\s*:"), "compose",
                                DECLARED, f"services.{svc_name}: a CPU-only service", None, None,
                                "cpu alternative"))
    return out


# ----------------------------------------------------------------------------------------- cog (Replicate)


def is_cog(relpath: str) -> bool:
    """``cog.yaml`` at the top or in a deployment folder (``web-demos/replicate/cog.yaml``), and the template a
    script fills into one (``cog.yaml.template``)."""
    return bool(re.fullmatch(r"(?:[^/]+/){0,2}cog\.ya?ml(?:\.template)?", relpath))


# a cog.yaml that is not YAML ("\"\"\"" docstring on top): its build section read line by line
_COG_BUILD = re.compile(r"^build\s*:\s*$")
_COG_KEY = re.compile(r"^\s+(gpu|cuda)\s*:\s*[\"']?([\w.]+)[\"']?\s*(?:#.*)?$")


def _cog_lines(text: str) -> dict[str, tuple[object, int]]:
    out: dict[str, tuple[object, int]] = {}
    inside = False
    for i, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\S", line):
            inside = bool(_COG_BUILD.match(line))
        elif inside and (m := _COG_KEY.match(line)):
            value = m.group(2)
            out.setdefault(m.group(1), ({"true": True, "false": False}.get(value.lower(), value), i))
    return out


def cog(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """Replicate's ``cog.yaml``: ``build: gpu: true`` declares that the model needs a GPU (and ``build: cuda: "12.6"``
    an NVIDIA one: the CUDA version its image is built on); ``gpu: false`` that it runs on the CPU."""
    found = read_yaml(root, path, [], "Cog YAML")
    name = rel(root, path)
    if found is not None:
        _, text, doc = found
        build = doc.get("build") if isinstance(doc, dict) else None
        keys = {k: (build.get(k), line_of(text, rf"(?m)^\s+{k}\s*:")) for k in ("gpu", "cuda")} \
            if isinstance(build, dict) else {}
    else:  # not YAML as written (a template's placeholders, a docstring on top): the build section's lines
        text = read_text(path) or ""
        keys = _cog_lines(text)
    gpu, line = keys.get("gpu", (None, 0))
    if not isinstance(gpu, bool):
        return []
    if not gpu:
        return [Evidence(name, line, "cog", DECLARED, "build.gpu: false (Cog builds a CPU image)", None, GPU_NONE)]
    out = [Evidence(name, line, "cog", DECLARED, "build.gpu: true (the model needs a GPU)", need("gpus>=1"),
                    GPU_REQUIRED)]
    cuda, at = keys.get("cuda", (None, 0))
    if cuda:  # build.cuda: "12.6": the CUDA version the image is built on, NVIDIA's
        out.append(Evidence(name, at, "cog", DECLARED, f"build.cuda: {cuda} (a CUDA image: NVIDIA's)",
                            need("gpu_vendor=nvidia"), GPU_REQUIRED))
    return out
