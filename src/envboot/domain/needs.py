"""Hardware needs: a small language, matched per node, resolved to node types. Pure.

``gpus>=2 gpu_memory>=40GB ram>=256GB cpus>=32 disk>=1TB arch=x86_64 gpu_vendor=nvidia``

- :func:`parse` turns the text into :class:`Needs` (one :class:`~envboot.core.errors.InputError` line naming
  the bad token otherwise). Sizes need an explicit unit (``40GB``, ``40GiB``): ``gpu_memory>=40``
  is an error, never a guess.
- :func:`match_node` checks every need against ONE node's hardware (nodes of one type can differ)
  and says why, need by need (``gpu_memory: 80 GiB ≥ 40 GB (GA100 [A100 PCIe 80GB], from the model
  name)``).
- :func:`resolve` groups the matching nodes by zone and node type and, for a type of which only
  some nodes match, builds a Blazar property expression that selects exactly those nodes. Blazar
  compares extra capabilities AS STRINGS (``"100" < "48"``), so the expression uses only ``==`` and
  ``!=`` on exact string values (``["==", "$architecture.smt_size", "48"]``), never ``<``/``>``;
  there is no ``or``, so the matching set must be an AND of such conditions. When it is not, the
  type is reported with ``query=None`` and the limitation spelled out.
- :meth:`Resolution.closest` explains, when nothing matches, the closest hardware there is
  (``the most GPU memory in any zone is 32 GiB, on gpu_v100 (uc)``); :class:`NoHardware` carries it.

The inventory records no GPU memory: it is read off the GPU model name (``GA100 [A100 PCIe
80GB]``), else from :data:`GPU_MEMORY_TABLE` (vendor datasheets, see docs/needs.md), else it is
unknown and the need does not match (never a silent guess).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from envboot.core.errors import EXIT_NO_CAPACITY, EnvbootError, InputError
from envboot.domain.model import MergedView, Node
from envboot.domain.properties import HOST_COLUMNS, Condition, Query, to_json
from envboot.domain.zones import is_reservable, resolve_zone

# --------------------------------------------------------------------------------------------- language

COUNT, SIZE, WORD, TEXT = "count", "size", "word", "text"
ORDER_OPS = (">=", "<=", ">", "<")
EQ_OPS = ("=", "!=")
OPS = (">=", "<=", "==", "!=", "=", ">", "<")  # longest first, for the scanner

UNITS: dict[str, int] = {
    "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12, "PB": 10**15,
    "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40, "PiB": 2**50,
}
_UNIT_BY_LOWER = {u.lower(): u for u in UNITS}


@dataclass(frozen=True, slots=True)
class KeySpec:
    name: str
    kind: str
    label: str  # for messages: "GPU memory"
    help: str
    aliases: tuple[str, ...] = ()

    @property
    def ops(self) -> tuple[str, ...]:
        return (*ORDER_OPS, *EQ_OPS) if self.kind in (COUNT, SIZE) else EQ_OPS


KEYS: dict[str, KeySpec] = {k.name: k for k in (
    KeySpec("gpus", COUNT, "GPUs per node", "GPUs in the node (gpu.gpu_count; 0 when gpu.gpu is False)",
            ("gpu_count",)),
    KeySpec("gpu_memory", SIZE, "GPU memory", "memory of EACH GPU, from the GPU model (table in docs/needs.md)",
            ("gpu_mem", "vram")),
    KeySpec("gpu_vendor", WORD, "GPU vendor", "nvidia, amd, intel (gpu.gpu_vendor)"),
    KeySpec("gpu_model", TEXT, "GPU model",
            "text the GPU model name contains, ignoring case, spaces and punctuation (gpu.gpu_model)"),
    KeySpec("cpus", COUNT, "hardware threads", "logical CPUs = hardware threads (architecture.smt_size)",
            ("cores", "threads", "vcpus")),
    KeySpec("ram", SIZE, "RAM", "main memory (main_memory.ram_size)", ("memory",)),
    KeySpec("disk", SIZE, "local disk", "total size of the local disks (storage_devices.*.size)", ("storage",)),
    KeySpec("arch", WORD, "architecture", "x86_64 or aarch64 (architecture.platform_type)", ("architecture",)),
    KeySpec("cpu_vendor", WORD, "CPU vendor", "intel, amd, ... (processor.vendor)"),
)}
_ALIASES = {a: k.name for k in KEYS.values() for a in (k.name, *k.aliases)}
_WORD_ALIASES = {"amd64": "x86_64", "x64": "x86_64", "x86-64": "x86_64", "arm64": "aarch64"}

MAX_TEXT = 4096
_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER_RE = re.compile(r"^(\d+(?:\.\d+)?)$")
_SIZE_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$")
_WORD_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")


@dataclass(frozen=True, slots=True)
class Need:
    """One term: ``key op value``. ``value`` is an int (count), bytes (size) or a lower-case word/text."""

    key: str
    op: str  # normalised: "==" is stored as "="
    value: int | str
    shown: str  # the value as written, normalised: "40GB", "2", "nvidia"

    @property
    def spec(self) -> KeySpec:
        return KEYS[self.key]

    def text(self) -> str:
        shown = self.shown
        if self.spec.kind == TEXT and not _WORD_RE.match(shown):
            shown = '"' + shown.replace('"', "") + '"'
        return f"{self.key}{self.op}{shown}"


@dataclass(frozen=True, slots=True)
class Needs:
    items: tuple[Need, ...] = ()

    def text(self) -> str:
        """The canonical needs string: ``parse(needs.text()) == needs``."""
        return " ".join(n.text() for n in self.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def key_names(self) -> set[str]:
        return {n.key for n in self.items}


def parse(text: str | None, *, what: str = "--needs") -> Needs:
    """Parse a needs string: terms ``key op value`` separated by spaces or commas."""
    if text is None:
        return Needs()
    if len(text) > MAX_TEXT:
        raise InputError(f"{what}: longer than {MAX_TEXT} characters")
    items: list[Need] = []
    pos, n = 0, len(text)
    while True:
        while pos < n and (text[pos].isspace() or text[pos] == ","):
            pos += 1
        if pos >= n:
            break
        m = _KEY_RE.match(text, pos)
        if not m:
            raise InputError(f"{what}: unexpected {_token(text, pos)!r}; a need is key op value, e.g. gpus>=2")
        raw_key, pos = m.group(0), m.end()
        key = _ALIASES.get(raw_key.lower())
        if key is None:
            raise InputError(f"{what}: unknown need {raw_key!r}; known: {', '.join(KEYS)}")
        while pos < n and text[pos] == " ":
            pos += 1
        op = next((o for o in OPS if text.startswith(o, pos)), None)
        if op is None:
            raise InputError(f"{what}: {raw_key!r} needs an operator and a value, e.g. {_example(key)}")
        pos += len(op)
        while pos < n and text[pos] == " ":
            pos += 1
        raw, pos = _scan_value(text, pos, KEYS[key].kind, what, raw_key + op)
        items.append(_need(key, "=" if op == "==" else op, raw, what, f"{raw_key}{op}{raw}"))
    return Needs(tuple(items))


def _scan_value(text: str, pos: int, kind: str, what: str, term: str) -> tuple[str, int]:
    n = len(text)
    if pos < n and text[pos] in "\"'":
        end = text.find(text[pos], pos + 1)
        if end < 0:
            raise InputError(f"{what}: unterminated quote after {term}")
        return text[pos + 1:end], end + 1
    start = pos
    while pos < n and not text[pos].isspace() and text[pos] != ",":
        pos += 1
    raw = text[start:pos]
    if kind == SIZE and _NUMBER_RE.match(raw):  # "40 GB": the unit may follow after a space
        m = re.compile(r"[ \t]+([A-Za-z]+)(?=[\s,]|$)").match(text, pos)
        if m and m.group(1).lower() in _UNIT_BY_LOWER:
            return raw + m.group(1), m.end()
    return raw, pos


def _need(key: str, op: str, raw: str, what: str, term: str) -> Need:
    spec = KEYS[key]
    if op not in spec.ops:
        raise InputError(f"{what}: {term}: {key} takes only {' '.join(spec.ops)}")
    if not raw:
        raise InputError(f"{what}: {term}: missing value, e.g. {_example(key)}")
    if spec.kind == COUNT:
        if not raw.isdigit():
            hint = " (a count, without a unit)" if _SIZE_RE.match(raw) else ""
            raise InputError(f"{what}: {term}: {key} takes a whole number{hint}, e.g. {_example(key)}")
        value = int(raw)
        return Need(key, op, value, str(value))
    if spec.kind == SIZE:
        if _NUMBER_RE.match(raw):
            raise InputError(f"{what}: {term}: a size needs a unit, e.g. {raw}GB or {raw}GiB "
                             f"(units: {', '.join(UNITS)})")
        m = _SIZE_RE.match(raw)
        if not m:
            raise InputError(f"{what}: {term}: not a size; write a number and a unit, e.g. {_example(key)}")
        unit = _UNIT_BY_LOWER.get(m.group(2).lower())
        if unit is None:
            raise InputError(f"{what}: {term}: unknown unit {m.group(2)!r}; use one of {', '.join(UNITS)}")
        number = m.group(1)
        if "." in number:
            number = number.rstrip("0").rstrip(".")
        number = str(int(number)) if "." not in number else number
        return Need(key, op, round(float(number) * UNITS[unit]), f"{number}{unit}")
    if spec.kind == WORD:
        if not _WORD_RE.match(raw):
            raise InputError(f"{what}: {term}: {key} takes a single word, e.g. {_example(key)}")
        word = _WORD_ALIASES.get(raw.lower(), raw.lower())
        return Need(key, op, word, word)
    text = " ".join(raw.split())
    if not _norm(text):
        raise InputError(f"{what}: {term}: {key} needs letters or digits, e.g. {_example(key)}")
    return Need(key, op, text.lower(), text)


def _example(key: str) -> str:
    return {"gpus": "gpus>=2", "gpu_memory": "gpu_memory>=40GB", "gpu_vendor": "gpu_vendor=nvidia",
            "gpu_model": "gpu_model=A100", "cpus": "cpus>=32", "ram": "ram>=256GB", "disk": "disk>=1TB",
            "arch": "arch=x86_64", "cpu_vendor": "cpu_vendor=intel"}[key]


def _token(text: str, pos: int) -> str:
    m = re.compile(r"[^\s,]+").match(text, pos)
    return m.group(0)[:40] if m else text[pos:pos + 1]


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


# --------------------------------------------------------------------------------------------- hardware

@dataclass(frozen=True, slots=True)
class GpuMemory:
    gib: int
    source: str  # "the model name" or the datasheet the table cites
    at_least: bool = False  # the model name covers variants; this is the smallest


# Per-GPU memory for model names that do not carry it, in GiB (GPU vendors' "GB" are binary: an
# "A100 80GB" has 81920 MiB). Sources: the vendors' datasheets named here; see docs/needs.md.
# Entries are tried in order; the first whose pattern is found in the model name wins.
GPU_MEMORY_TABLE: tuple[tuple[str, GpuMemory], ...] = (
    (r"Quadro RTX 6000/8000", GpuMemory(24, "NVIDIA Quadro RTX 6000 (24 GB) / RTX 8000 (48 GB) datasheets", True)),
    (r"RTX A6000", GpuMemory(48, "NVIDIA RTX A6000 datasheet")),
    (r"RTX 6000 Ada", GpuMemory(48, "NVIDIA RTX 6000 Ada datasheet")),
    (r"\bA30\b", GpuMemory(24, "NVIDIA A30 datasheet")),
    (r"\bA40\b", GpuMemory(48, "NVIDIA A40 datasheet")),
    (r"\bA10G?\b", GpuMemory(24, "NVIDIA A10 datasheet")),
    (r"\bL40S?\b", GpuMemory(48, "NVIDIA L40/L40S datasheets")),
    (r"\bL4\b", GpuMemory(24, "NVIDIA L4 datasheet")),
    (r"\bT4\b", GpuMemory(16, "NVIDIA T4 datasheet")),
    (r"\bA100\b", GpuMemory(40, "NVIDIA A100 datasheet (40 GB or 80 GB)", True)),
    (r"\bH100\b", GpuMemory(80, "NVIDIA H100 datasheet (80 GB or 94 GB)", True)),
    (r"\bV100\b", GpuMemory(16, "NVIDIA V100 datasheet (16 GB or 32 GB)", True)),
    (r"\bP100\b", GpuMemory(12, "NVIDIA Tesla P100 datasheet (12 GB or 16 GB)", True)),
    (r"Tesla K80", GpuMemory(12, "NVIDIA Tesla K80 datasheet (24 GB per board, two GPUs of 12 GB)")),
    (r"Tesla M40", GpuMemory(12, "NVIDIA Tesla M40 datasheet (12 GB or 24 GB)", True)),
    (r"Instinct MI100", GpuMemory(32, "AMD Instinct MI100 datasheet")),
    (r"Instinct MI210", GpuMemory(64, "AMD Instinct MI210 datasheet")),
    (r"GPU Max 1550", GpuMemory(128, "Intel Data Center GPU Max 1550 product brief")),
    (r"GPU Max 1100", GpuMemory(48, "Intel Data Center GPU Max 1100 product brief")),
)
_IN_NAME = re.compile(r"\b(\d+)\s*GB\b", re.IGNORECASE)


def gpu_memory(model: str | None) -> GpuMemory | None:
    """Per-GPU memory for a GPU model name: from the name itself, else the table, else None (unknown)."""
    if not model:
        return None
    m = _IN_NAME.search(model)
    if m:
        return GpuMemory(int(m.group(1)), "the model name")
    for pattern, mem in GPU_MEMORY_TABLE:
        if re.search(pattern, model, re.IGNORECASE):
            return mem
    return None


@dataclass(frozen=True, slots=True)
class Fact:
    """One node's value for one need key. ``state``: known, absent (e.g. no GPU) or unknown."""

    state: str
    value: int | str | None = None
    shown: str = ""
    note: str = ""
    at_least: bool = False  # value is a lower bound (a model name that covers variants)

    @property
    def known(self) -> bool:
        return self.state == "known"


_NO_GPU = Fact("absent", None, "no GPU")


def facts(caps: Mapping[str, str]) -> dict[str, Fact]:
    """What a node's capabilities say for every need key."""
    out: dict[str, Fact] = {}
    has_gpu = caps.get("gpu.gpu", "").lower() == "true"
    model = caps.get("gpu.gpu_model") or None
    count = _int(caps.get("gpu.gpu_count"))
    if has_gpu:
        count = count if count is not None else 1
        out["gpus"] = Fact("known", count, str(count), model or "model unknown")
        mem = gpu_memory(model)
        if mem is None:
            out["gpu_memory"] = Fact("unknown", None, "unknown", f"no figure for {model or 'an unnamed GPU'}")
        else:
            where = "from the model name" if mem.source == "the model name" else f"per the {mem.source}"
            shown = f"{'at least ' if mem.at_least else ''}{mem.gib} GiB"
            out["gpu_memory"] = Fact("known", mem.gib * 2**30, shown, f"{model}, {where}", mem.at_least)
        vendor = caps.get("gpu.gpu_vendor")
        out["gpu_vendor"] = Fact("known", _first_word(vendor), vendor) if vendor else Fact("unknown", None, "unknown")
        out["gpu_model"] = Fact("known", model, model) if model else Fact("unknown", None, "unknown")
    else:
        out["gpus"] = Fact("known", 0, "0", "no GPU")
        for key in ("gpu_memory", "gpu_vendor", "gpu_model"):
            out[key] = _NO_GPU
    threads = _int(caps.get("architecture.smt_size"))
    out["cpus"] = Fact("known", threads, str(threads), caps.get("processor.model", "")) if threads is not None \
        else Fact("unknown", None, "unknown")
    ram = _int(caps.get("main_memory.ram_size"))
    out["ram"] = Fact("known", ram, caps.get("main_memory.humanized_ram_size") or _human(ram, "GiB")) \
        if ram is not None else Fact("unknown", None, "unknown")
    sizes = [_int(v) for k, v in caps.items() if _DISK_SIZE.match(k)]
    sizes = [s for s in sizes if s is not None]
    out["disk"] = Fact("known", sum(sizes), _human(sum(sizes), "GB"), f"{len(sizes)} disk(s)") if sizes \
        else Fact("unknown", None, "unknown")
    arch = caps.get("architecture.platform_type")
    out["arch"] = Fact("known", _WORD_ALIASES.get(arch.lower(), arch.lower()), arch) if arch \
        else Fact("unknown", None, "unknown")
    vendor = caps.get("processor.vendor")
    out["cpu_vendor"] = Fact("known", _first_word(vendor), vendor) if vendor else Fact("unknown", None, "unknown")
    return out


_DISK_SIZE = re.compile(r"^storage_devices\.\d+\.size$")


def _first_word(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return words[0] if words else text.lower()


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _human(n: int | None, unit: str) -> str:
    if n is None:
        return "unknown"
    if unit == "GB" and n >= 10**12:
        unit = "TB"
    if unit == "GiB" and n >= 2**40:
        unit = "TiB"
    v = n / UNITS[unit]
    return f"{v:.0f} {unit}" if abs(v - round(v)) < 0.05 else f"{v:.1f} {unit}"


# --------------------------------------------------------------------------------------------- per node

_SYMBOLS = {">=": ("≥", "<"), ">": (">", "≤"), "<=": ("≤", ">"), "<": ("<", "≥"), "=": ("=", "≠"),
            "!=": ("≠", "=")}


@dataclass(frozen=True, slots=True)
class Check:
    need: Need
    ok: bool
    why: str  # "gpu_memory: 80 GiB ≥ 40GB (GA100 [A100 PCIe 80GB], from the model name)"
    state: str = "known"  # the fact's state: known, absent, unknown


@dataclass(frozen=True, slots=True)
class NodeMatch:
    node: Node
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def met(self) -> int:
        return sum(c.ok for c in self.checks)


def check(need: Need, fact: Fact) -> Check:
    spec = need.spec
    if fact.state == "unknown":
        return Check(need, False, f"{need.key}: unknown ({fact.note or 'not in the inventory'}), "
                                  f"so {need.text()} cannot be confirmed", "unknown")
    if fact.state == "absent":
        ok = need.op == "!="
        return Check(need, ok, f"{need.key}: {fact.shown}{'' if ok else ', so ' + need.text() + ' fails'}", "absent")
    have = fact.value
    if fact.at_least and need.op not in (">=", ">"):
        return Check(need, False, f"{need.key}: {fact.shown} ({fact.note}), so {need.text()} cannot be "
                                  "confirmed", "unknown")
    if spec.kind == TEXT:
        found = _norm(str(need.value)) in _norm(str(have))
        ok = found if need.op == "=" else not found
        verb = "contains" if found else "does not contain"
        return Check(need, ok, f"{need.key}: {fact.shown} {verb} \"{need.shown}\"")
    want = need.value
    ok = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
          "<": lambda a, b: a < b, "=": lambda a, b: a == b, "!=": lambda a, b: a != b}[need.op](have, want)
    symbol = _SYMBOLS[need.op][0 if ok else 1]
    shown = fact.shown
    want_shown = need.shown
    if spec.kind == SIZE:
        unit = re.sub(r"^[\d.]+", "", need.shown)
        want_shown = f"{need.shown[: -len(unit)]} {unit}"
        converted = _human_in(int(have), unit)
        if not shown.endswith(f" {unit}") and converted not in shown:
            shown = f"{shown} = {converted}"
    note = f" ({fact.note})" if fact.note else ""
    return Check(need, ok, f"{need.key}: {shown} {symbol} {want_shown}{note}")


def _human_in(n: int, unit: str) -> str:
    v = n / UNITS[unit]
    if v < 1:
        return f"{v:.2g} {unit}"
    return f"{v:.0f} {unit}" if abs(v - round(v)) < 0.05 else f"{v:.1f} {unit}"


def match_node(node: Node, needs: Needs) -> NodeMatch:
    f = facts(node.capabilities)
    return NodeMatch(node, tuple(check(n, f[n.key]) for n in needs.items))


# --------------------------------------------------------------------------------------------- resolution

class NoHardware(EnvbootError):
    """No node in the zones considered meets the needs. Exit code 1; the message names the closest hardware."""

    exit_code = EXIT_NO_CAPACITY


@dataclass(frozen=True, slots=True)
class Hardware:
    """What a node type's matching nodes have at the least, and its SU factor: for ranking by fit."""

    gpus: int
    fpga: bool
    gpu_memory: int  # bytes, 0 when unknown or no GPU
    cpus: int
    ram: int
    su_factor: float | None  # the most any matching node's Blazar su_factor is; None: none carries one


def _hardware(nodes: list[Node]) -> Hardware:
    fs = [facts(n.capabilities) for n in nodes]

    def least(key: str) -> int:
        return min((int(f[key].value) for f in fs if f[key].known and isinstance(f[key].value, int)), default=0)

    return Hardware(least("gpus"), any(k.startswith("fpga") for n in nodes for k in n.capabilities),
                    least("gpu_memory"), least("cpus"), least("ram"),
                    max((n.su_factor for n in nodes if n.su_factor is not None), default=None))


def excess(hw: Hardware, needs: Needs, ref: Hardware) -> tuple[int, float, str]:
    """How much hardware a type has beyond the needs: (accelerators not asked for, relative excess of
    GPU memory, threads and RAM over the need, else over ``ref`` (the least any candidate has), a line)."""
    want = {n.key: n.value for n in needs.items if n.op in (">=", ">", "=")}
    gpus_want = int(want.get("gpus", 0))  # type: ignore[arg-type]
    accel = max(hw.gpus - gpus_want, 0) + (1 if hw.fpga else 0)
    size = 0.0
    parts = []
    for key, have, base in (("gpu_memory", hw.gpu_memory, ref.gpu_memory), ("cpus", hw.cpus, ref.cpus),
                            ("ram", hw.ram, ref.ram)):
        base = int(want.get(key, base) or 0)  # type: ignore[arg-type]
        if have and base and have > base:
            size += math.log2(have / base)
    if accel:
        extra = [f"{hw.gpus - gpus_want} GPU(s)"] if hw.gpus > gpus_want else []
        parts.append(" and ".join(extra + (["an FPGA"] if hw.fpga else [])) + " not needed")
    parts.append(f"size excess {size:.1f} (log2 of threads/RAM/GPU memory over the need)")
    return accel, round(size, 3), ", ".join(parts)


@dataclass(frozen=True, slots=True)
class TypeMatch:
    zone: str
    node_type: str
    nodes: int  # nodes of the type in the zone
    matching: tuple[str, ...]  # host names of the nodes that meet every need
    reservable: int  # matching nodes Blazar can give (in Blazar and reservable)
    query: Query | None  # selects exactly the matching nodes Blazar sees; None when it cannot be written
    why: tuple[str, ...]  # per need, why this type's matching nodes meet it
    note: str = ""  # how the expression selects, or why it cannot
    hardware: Hardware | None = None  # the least any matching node has (for ranking by fit)

    @property
    def mixed(self) -> bool:
        return len(self.matching) < self.nodes

    @property
    def selectable(self) -> bool:
        return self.query is not None

    @property
    def resource_properties(self) -> str:
        return to_json(self.query) if self.query is not None else ""


@dataclass(frozen=True, slots=True)
class Resolution:
    needs: Needs
    zones: tuple[str, ...]
    types: tuple[TypeMatch, ...]  # every (zone, type) with at least one matching node
    node_matches: tuple[NodeMatch, ...] = field(default=(), repr=False)  # every node considered

    @property
    def ok(self) -> bool:
        """Some type in some zone has matching nodes and can be selected exactly."""
        return any(t.selectable for t in self.types)

    def by_zone(self) -> dict[str, list[TypeMatch]]:
        out: dict[str, list[TypeMatch]] = {z: [] for z in self.zones}
        for t in self.types:
            out.setdefault(t.zone, []).append(t)
        return out

    def selectable(self, zone: str | None = None) -> list[TypeMatch]:
        return [t for t in self.types if t.selectable and (zone is None or t.zone == zone)]

    def closest(self) -> str:
        return closest(self)

    def ranked(self) -> list[tuple[TypeMatch, str]]:
        """The types by fit (fewest accelerators not asked for, then least excess size), then Blazar's SU factor
        (cheapest first, a type whose hosts carry none after), then zone and name; each with a line saying its
        excess."""
        hws = [t.hardware for t in self.types if t.hardware is not None]
        ref = Hardware(0, False, min((h.gpu_memory for h in hws if h.gpu_memory), default=0),
                       min((h.cpus for h in hws if h.cpus), default=0), min((h.ram for h in hws if h.ram), default=0),
                       None)
        scored = []
        for t in self.types:
            hw = t.hardware or Hardware(0, False, 0, 0, 0, None)
            accel, size, line = excess(hw, self.needs, ref)
            su = hw.su_factor
            scored.append(((not t.selectable, accel, size, su is None, su or 0.0, t.zone, t.node_type), t,
                           f"{line}; SU factor {'not in Blazar' if su is None else f'{su:g}'}"))
        return [(t, line) for _, t, line in sorted(scored, key=lambda x: x[0])]

    def require(self) -> Resolution:
        """``self`` when some type can be selected, else raise :class:`NoHardware` with the closest hardware."""
        if not self.ok:
            raise NoHardware(f"no hardware in {', '.join(self.zones) or 'the data'} meets "
                             f"{self.needs.text()}: {self.closest()}")
        return self


def resolve(view: MergedView, needs: Needs, zones: Iterable[str] | None = None) -> Resolution:
    """Match every node of the zones (all zones of the view by default) and resolve to node types."""
    if zones is None:
        sites = [s.uid for s in view.sites if view.nodes_in(s.uid)]
    else:
        sites = []
        for z in zones:
            sid = resolve_zone(view, z)
            if sid not in sites:
                sites.append(sid)
    matches: list[NodeMatch] = []
    types: list[TypeMatch] = []
    for site in sites:
        by_type: dict[str, list[NodeMatch]] = defaultdict(list)
        for node in view.nodes_in(site):
            nm = match_node(node, needs)
            matches.append(nm)
            by_type[node.node_type].append(nm)
        for node_type, nms in sorted(by_type.items()):
            good = [m for m in nms if m.ok]
            if good:
                types.append(_type_match(site, node_type, nms, good, needs))
    return Resolution(needs, tuple(sites), tuple(types), tuple(matches))


def _type_match(site: str, node_type: str, nms: list[NodeMatch], good: list[NodeMatch], needs: Needs) -> TypeMatch:
    why = _why(good, needs)
    seen = [m.node for m in nms if m.node.in_blazar]  # what Blazar evaluates an expression on
    picked = [m.node for m in good if m.node.in_blazar]
    hosts = tuple(m.node.hostname for m in good)
    reservable = sum(1 for m in good if is_reservable(m.node))
    base = Condition("==", "node_type", node_type)
    hw = _hardware([m.node for m in good])
    if not picked:
        return TypeMatch(site, node_type, len(nms), hosts, 0, None, why,
                         "no matching node of this type is a Blazar host", hw)
    if len(picked) == len(seen):
        note = "every node of the type matches" if len(good) == len(nms) else \
            "every node of the type Blazar has matches"
        return TypeMatch(site, node_type, len(nms), hosts, reservable, _query((base,)), why, note, hw)
    conditions, how = _separate(picked, [n for n in seen if n not in picked], needs)
    if conditions is None:
        return TypeMatch(site, node_type, len(nms), hosts, reservable, None, why,
                         f"cannot be selected exactly: {len(picked)} of {len(seen)} nodes match and no AND of "
                         "exact-value conditions separates them (Blazar has no \"or\"); reserve them one lease "
                         "per node by uid, or choose another type", hw)
    return TypeMatch(site, node_type, len(nms), hosts, reservable, _query((base, *conditions)), why,
                     f"{len(picked)} of {len(seen)} nodes match; selected by {how}", hw)


def _query(conditions: tuple[Condition, ...]) -> Query:
    q = Query(conditions)
    return Query(conditions, to_json(q))


def _why(good: list[NodeMatch], needs: Needs) -> tuple[str, ...]:
    out = []
    for i, _need in enumerate(needs.items):
        texts = Counter(m.checks[i].why for m in good)
        if len(texts) == 1:
            out.append(next(iter(texts)))
        else:
            out.append("; ".join(f"{t} [{c} node(s)]" for t, c in sorted(texts.items(), key=lambda kv: -kv[1])))
    return tuple(out)


# Keys that identify a part, not hardware: never used to select nodes.
_NOISE = re.compile(r"(serial|wwn|\.mac$|\.rev$|guid|^bios\.|release_date|firmware|\.driver$|\.device$|"
                    r"\.enabled$|humanized|^uid$|^node_name$|^placement\.)")
_NEED_KEYS = {
    "gpus": (r"^gpu\.gpu$", r"^gpu\.gpu_count$"),
    "gpu_memory": (r"^gpu\.gpu_model$", r"^gpu\.gpu$"),
    "gpu_model": (r"^gpu\.gpu_model$", r"^gpu\.gpu$"),
    "gpu_vendor": (r"^gpu\.gpu_vendor$", r"^gpu\.gpu$"),
    "cpus": (r"^architecture\.smt_size$",),
    "ram": (r"^main_memory\.ram_size$",),
    "disk": (r"^storage_devices\.\d+\.size$",),
    "arch": (r"^architecture\.platform_type$",),
    "cpu_vendor": (r"^processor\.vendor$",),
}
_HARDWARE = re.compile(r"^(gpu\.|main_memory\.|architecture\.|processor\.|storage_devices\.\d+\.(size|media_type|"
                       r"model|interface)$|infiniband$|fpga\.)")


def _tier(key: str, needs: Needs) -> int:
    if any(re.match(p, key) for k in needs.key_names() for p in _NEED_KEYS[k]):
        return 0
    return 1 if _HARDWARE.match(key) else 2


def _separate(picked: list[Node], others: list[Node], needs: Needs) -> tuple[tuple[Condition, ...] | None, str]:
    """An AND of ``==``/``!=`` exact-value conditions true on every picked node and false on every other.

    Candidates are the conditions all picked nodes satisfy (as Blazar evaluates them: a host
    lacking the key matches nothing, ``!=`` included); the AND of all of them is the tightest such
    selection, so if it still lets another node through none exists. Greedy choice, hardware keys
    first, then the host identity (``hypervisor_hostname``, a Blazar host column) as a last resort.
    """
    cands: list[tuple[int, int, Condition]] = []
    keys = set.intersection(*(set(n.capabilities) for n in picked))
    for key in sorted(keys):
        if key in HOST_COLUMNS or key == "node_type" or _NOISE.search(key):
            continue
        values = {n.capabilities[key] for n in picked}
        tier = _tier(key, needs)
        if len(values) == 1:
            cands.append((tier, 0, Condition("==", key, next(iter(values)))))
        for v in sorted({n.capabilities.get(key) for n in others} - values - {None, ""}):
            cands.append((tier, 1, Condition("!=", key, v)))
    ident = "hypervisor_hostname"
    if all(n.columns.get(ident) for n in picked + others):
        if len(picked) == 1:
            cands.append((3, 0, Condition("==", ident, picked[0].columns[ident])))
        for n in others:
            cands.append((3, 1, Condition("!=", ident, n.columns[ident])))
    cands.sort(key=lambda c: (c[0], c[1], c[2].key, c[2].value))

    def excluded(c: Condition) -> set[int]:
        return {i for i, n in enumerate(others) if not c.matches(n.columns, n.capabilities)}

    excl = [(t, c, excluded(c)) for t, _, c in cands]
    remaining = set(range(len(others)))
    chosen: list[tuple[int, Condition, set[int]]] = []
    while remaining:
        best = None
        for tier in sorted({t for t, _, _ in excl}):
            scored = [(len(e & remaining), -k, (t, c, e)) for k, (t, c, e) in enumerate(excl) if t == tier]
            top = max(scored, default=None, key=lambda s: (s[0], s[1]))
            if top and top[0] > 0:
                best = top[2]
                break
        if best is None:
            return None, ""
        chosen.append(best)
        remaining -= best[2]
    for item in list(chosen):  # drop conditions the others already cover
        rest = [x for x in chosen if x is not item]
        if rest and set().union(*(e for _, _, e in rest)) >= set(range(len(others))):
            chosen = rest
    conds = tuple(c for _, c, _ in chosen)
    by_host = any(c.key == ident for c in conds)
    how = "exact values" + (" and host names (exact for these hosts only)" if by_host else "")
    how += " (exact for the inventory as read)"
    return conds, how


# --------------------------------------------------------------------------------------------- closest

def closest(res: Resolution) -> str:
    """One line: the hardware nearest to the needs in the zones considered."""
    nms = list(res.node_matches)
    where = "in any zone" if len(res.zones) > 1 else f"in {res.zones[0]}" if res.zones else "anywhere"
    if not nms:
        return f"there are no nodes {where}"
    if res.types and not res.ok:
        t = res.types[0]
        return f"{t.node_type} ({t.zone}) has matching nodes but {t.note}"
    unmet = [i for i, _ in enumerate(res.needs.items) if not any(m.checks[i].ok for m in nms)]
    if unmet:
        return "; ".join(_best_for(res.needs.items[i], i, nms, where) for i in unmet)
    best = max(nms, key=lambda m: (m.met, sum(_closeness(c, m.node) for c in m.checks if not c.ok),
                                   m.node.site_id == (res.zones[0] if res.zones else ""), m.node.node_type))
    fails = [c.why for c in best.checks if not c.ok]
    return (f"no single node meets all needs; closest: {best.node.node_type} ({best.node.site_id}) meets "
            f"{best.met} of {len(best.checks)}, but {'; '.join(fails)}")


def _closeness(c: Check, node: Node) -> float:
    """How near a failed numeric check came: have/want for >=, want/have for <= (1 = met)."""
    fact = facts(node.capabilities)[c.need.key]
    if not fact.known or c.need.spec.kind not in (COUNT, SIZE) or c.need.op not in ORDER_OPS:
        return 0.0
    have, want = float(fact.value), float(c.need.value)  # type: ignore[arg-type]
    if c.need.op in (">=", ">"):
        return have / want if want else 0.0
    return want / have if have else 0.0


def _best_for(need: Need, i: int, nms: list[NodeMatch], where: str) -> str:
    spec = need.spec
    per_node = [(m, facts(m.node.capabilities)[need.key]) for m in nms]
    bound = need.op not in (">=", ">")  # a lower bound ("at least 24 GiB") cannot show <=, = or !=
    known = [(m, f) for m, f in per_node if f.known and not (bound and f.at_least)]
    unknown = sorted({f.note for _, f in per_node if f.state == "unknown" or (bound and f.at_least)})
    tail = f" (unknown for some nodes: {'; '.join(unknown)})" if unknown else ""
    if spec.kind in (COUNT, SIZE) and need.op in ORDER_OPS and known:
        most = need.op in (">=", ">")
        pick = (max if most else min)(known, key=lambda mf: (mf[1].value, mf[0].node.node_type))
        value = pick[1].value
        holders = sorted({(m.node.node_type, m.node.site_id) for m, f in known if f.value == value})
        on = ", ".join(f"{t} ({s})" for t, s in holders[:4])
        shown = pick[1].shown
        return f"the {'most' if most else 'least'} {spec.label} {where} is {shown}, on {on}{tail}"
    if known:
        values = Counter(str(f.shown) for _, f in known)
        listing = ", ".join(v for v, _ in values.most_common(8))
        return f"no node {where} has {need.text()}; {spec.label} there: {listing}{tail}"
    absent = any(f.state == "absent" for _, f in per_node)
    if absent and not known:
        return f"no node {where} has a GPU, so {need.text()} fails{tail}"
    return f"no node {where} records its {spec.label}{tail}"


