"""Hardware tables in documents: a VRAM / GPU memory column (Markdown or HTML), a host table's CPU / RAM / disk
columns, and a requirements table's labelled rows ("| Sufficient VRAM | 8 GB+ for 7B models, 24 GB+ for 13B+ |").

A table's rows are settings (models, modes, sizes): the smallest row is what the repository needs at the least, so
each column gives its least figure, and a GPU memory column makes the GPU optional (a row may need none). Linear in
the table's size; pure text in, statements out.
"""

from __future__ import annotations

import re

from envboot.data.repo_needs.statement import Statement, gb_text

TABLE_VRAM = re.compile(r"\b(required\s+)?(VRAM|GPU\s+memory|GPU\s+RAM)\b|\b(?:required|min(?:imum)?)\s+GPU\b|"
                        r"\bGPU\s+peak\s+memory\b|\b(?:peak\s+)?memory\s+per\s+GPU\b", re.IGNORECASE)
_TAG = re.compile(r"<(/?)(th|td|tr|table)\b[^<>]{0,200}>", re.IGNORECASE)
# a GPU memory figure: "12G", "24 GB", "4755MB" (a megabyte figure stays in megabytes: the cited cell holds it)
_FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(GB|GiB|G)\b|(?<![\d.])(\d{3,6})\s*(MB|MiB)\b")
MAX_TABLE_LINES = 2000
MAX_ROWS = 200

Figures = list[tuple[int, str]]  # (line, figure as a size: "24GB", "4755MB")


def _figure(cell: str) -> str | None:
    m = _FIGURE.search(cell)
    if not m:
        return None
    if m.group(1):
        return gb_text(m.group(1))  # (a GiB figure read as GB: within the 10 % any figure is matched to)
    return f"{m.group(3)}{'MiB' if m.group(4).lower() == 'mib' else 'MB'}"


def _gb(size: str) -> float:
    n = float(re.match(r"[\d.]+", size).group(0))  # type: ignore[union-attr]
    return n / 1000 if size.endswith(("MB", "MiB")) else n


def html_table(lines: list[str], i: int) -> tuple[int, Figures]:
    """An HTML ``<table>`` opening at line ``i``: the index of its last line, and the figures of its VRAM /
    "Required GPU" column (``<th>Required GPU</th>`` ... ``<td>12G</td>``) as ``(line, figure)``. One pass over
    the tags (linear: a hostile line of 250,000 ``<td>`` stays fast)."""
    cols: range | None = None  # the VRAM header's columns (a ``colspan="2"`` header spans two: FP32, FP16)
    in_gb = False  # the header gives the unit ("GPU VRAM (GB)"): its cells are bare figures
    row: list[tuple[int, str, str]] = []  # (line, tag, text) of the current row's cells, one per column spanned
    out: Figures = []
    cell: tuple[int, str, list[str], int] | None = None  # an open cell: (line, tag, its text pieces, columns)
    end = i
    for j in range(i, min(len(lines), i + MAX_TABLE_LINES)):
        end = j
        text, at, closed = lines[j], 0, False
        for m in _TAG.finditer(text):
            if cell is not None:
                cell[2].append(text[at:m.start()])
            at = m.end()
            close, tag = m.group(1) == "/", m.group(2).lower()
            if tag in ("th", "td"):
                if close and cell is not None:
                    row += [(cell[0], cell[1], re.sub(r"<[^<>]{0,200}>", "", "".join(cell[2])).strip())] * cell[3]
                    cell = None
                elif not close:
                    span = _COLSPAN.search(m.group(0))
                    cell = (j + 1, tag, [], min(int(span.group(1)), 16) if span else 1)
            elif tag == "tr" and close or tag == "table" and close:
                if row and all(t == "th" for _, t, _ in row) and cols is None:
                    at_col = next((k for k, (_, _, c) in enumerate(row) if TABLE_VRAM.search(c)), None)
                    if at_col is not None:
                        width = next((w for w in range(1, len(row) - at_col) if row[at_col + w][2] != row[at_col][2]),
                                     len(row) - at_col)
                        cols, in_gb = range(at_col, at_col + width), bool(_HEADER_GB.search(row[at_col][2]))
                elif row and cols is not None and not all(t == "th" for _, t, _ in row):
                    for k in cols:
                        if k < len(row):
                            f = _figure(row[k][2]) or (gb_text(row[k][2]) if in_gb and _BARE.fullmatch(row[k][2])
                                                       else None)
                            if f:
                                out.append((row[k][0], f))
                row, cell = [], None
                closed = closed or tag == "table"
        if cell is not None:
            cell[2].append(text[at:] + " ")
        if closed:
            break
    return end, out


_COLSPAN = re.compile(r"\bcolspan\s*=\s*[\"']?(\d{1,2})", re.IGNORECASE)
_BARE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
TABLE_FIGURE = "the smallest of the table's"  # how a table's least GPU memory figure is read (its reading says so)


def smallest_row(figures: Figures, what: str) -> Statement:
    """A table's GPU memory column: its smallest row is what the repository needs (a GPU optional)."""
    line_no, fig = min(figures, key=lambda x: _gb(x[1]))
    shown = fig[:-2] + " " + fig[-2:] if fig.endswith(("GB", "MB")) else fig
    return Statement(line_no, f"gpu_memory>={fig}", "optional",
                     f"{shown} per GPU, {TABLE_FIGURE} {len(figures)} {what} figures",
                     re.match(r"[\d.]+", fig).group(0))  # type: ignore[union-attr]


_TABLE_GPUS = re.compile(r"^(?:#\s*(?:of\s+)?GPUs|(?:number|num)\s+of\s+GPUs|GPU\s+count|GPUs)$", re.IGNORECASE)
_TABLE_DISK = re.compile(r"\b(?:disk(?:\s+space)?|storage)\b", re.IGNORECASE)
_HEADER_GB = re.compile(r"\(\s*(?:GB|GiB)\s*\)|\bin\s+GB\b", re.IGNORECASE)
# a host table's own columns: "| Deployment Type | CPU | RAM | Disk |"
_HOST_COLUMNS = {"cpus": re.compile(r"^(?:v?CPUs?|CPU\s+cores|cores|vCores?)$", re.IGNORECASE),
                 "ram": re.compile(r"^(?:(?:required|min(?:imum)?)\s+)?(?:RAM|memory|system\s+memory|host\s+memory)"
                                   r"(?:\s+(?:required|needed))?$", re.IGNORECASE),
                 "disk": re.compile(r"^(?:disk(?:\s+space)?|storage)$", re.IGNORECASE)}
_CORES = re.compile(r"^(?:>=?|≥|~)?\s*(\d{1,3})\s*(?:\+\s*)?(?:v?CPUs?|(?:CPU\s+)?cores?|vCores?|threads)?\+?$",
                    re.IGNORECASE)
_SIZE = re.compile(r"^(?:>=?|≥|~)?\s*(\d{1,5}(?:\.\d{1,2})?)\s*(GB|GiB|TB|TiB)\+?$", re.IGNORECASE)


def _cells(line: str) -> list[str]:
    return [c.strip().replace("**", "") for c in line.strip().strip("|").split("|")]


def _rows(lines: list[str], i: int):  # type: ignore[no-untyped-def]
    for j in range(i + 2, min(len(lines), i + MAX_ROWS)):
        row = lines[j].strip()
        if not row.startswith("|"):
            return
        yield j, _cells(row)


def markdown_table(lines: list[str], i: int, intro: str = "") -> list[Statement]:
    """The statements of a Markdown table whose header is line ``i`` (its separator row follows); ``intro`` is the
    sentence that introduces it ("the estimated GPU memory requirements for different sub-video lengths:")."""
    cells = _cells(lines[i])
    col = next((k for k, c in enumerate(cells) if TABLE_VRAM.search(c)), None)
    if col is not None:
        return _vram_table(lines, i, cells, col)
    if TABLE_VRAM.search(intro) and not _NOT_VRAM_INTRO.search(intro):
        return _introduced_vram_table(lines, i)
    spec = next((k for k, c in enumerate(cells) if _GPU_SPEC_HEADER.match(c)), None)
    if spec is not None:
        return _gpu_spec_table(lines, i, spec, cells[spec])
    host = {key: next((k for k, c in enumerate(cells) if p.match(c)), None) for key, p in _HOST_COLUMNS.items()}
    named = [k for k, c in host.items() if c is not None]
    if len(named) >= 2 or any(re.search(r"required|needed|min", cells[host[k]], re.IGNORECASE)  # type: ignore[index]
                              for k in named):  # "| Model name | Model size | ... | Memory required |"
        return _host_table(lines, i, host)
    return _labelled_rows(lines, i)


# an introduction that names GPU memory without the table being its figures ("saves GPU memory: see the speed-up")
_NOT_VRAM_INTRO = re.compile(r"\b(?:sav(?:e|es|ing)|reduc\w*|speed|throughput|latency|time)\b", re.IGNORECASE)


def _introduced_vram_table(lines: list[str], i: int) -> list[Statement]:
    """A table its introduction calls GPU memory figures, its rows and columns settings (``| 320 x 240 | 3G / 2G |
    4G / 3G |``): the least figure of its cells but the first (each row's label); "OOM" is no figure."""
    figures: Figures = []
    for j, parts in _rows(lines, i):
        for cell in parts[1:]:
            figures += [(j + 1, f) for m in _FIGURE.finditer(cell) if (f := _figure(m.group(0)))]
    return [smallest_row(figures, "GPU memory")] if figures else []


# a column of each row's GPUs: "| Min. GPU |" ... "| 1x A10G |", "| 4x T4 |"
_GPU_SPEC_HEADER = re.compile(r"^(?:min(?:imum|\.)?|required|recommended)\s+GPUs?$|^GPUs?\s+(?:required|needed)$",
                              re.IGNORECASE)
_SPEC_CELL = re.compile(r"^(?:(\d{1,2})\s*[x×]\s*)?([A-Za-z][\w -]{0,20}?)\s*\+?$")


def _gpu_spec_table(lines: list[str], i: int, col: int, header: str) -> list[Statement]:
    """A table whose column gives each row's GPUs as a count and a model (``| Min. GPU |`` ... ``| 1x A10G |``): the
    row needing the least GPU memory in all (count x the model's catalogue memory) is the least the rows need, and
    its count, model memory and vendor are read (each row is a setting, a notebook or a model: the GPU optional
    unless the header says minimum or required)."""
    from envboot.data.repo_needs.prose import gpu_model
    from envboot.domain.needs import gpu_memory

    rows = []
    for j, parts in _rows(lines, i):
        m = _SPEC_CELL.match(parts[col]) if col < len(parts) else None
        known = gpu_model(m.group(2).strip()) if m else None
        mem = gpu_memory(known[0]) if known else None
        if m and known and mem is not None:
            n = int(m.group(1) or 1)
            rows.append((n * mem.gib, j + 1, n, m.group(2).strip(), known[1], mem))
    if not rows:
        return []
    _, line_no, n, model, vendor, mem = min(rows, key=lambda r: (r[0], r[1]))
    gpu = "required" if re.match(r"min|required", header, re.IGNORECASE) else "optional"
    kind = "minimum" if gpu == "required" else "one of the table's settings"
    least = f", the least of the table's {len(rows)} GPU rows ({kind})"
    variant = " (the smallest variant)" if mem.at_least else ""
    return [Statement(line_no, f"gpus>={n}", gpu, f"{n} GPU(s) per node{least}", str(n)),
            Statement(line_no, f"gpu_memory>={mem.gib}GiB", gpu,
                      f"{model}: {mem.gib} GB per GPU{variant}, from the GPU catalogue{least}", model),
            Statement(line_no, f"gpu_vendor={vendor}", gpu, f"{model} is an {vendor.upper()} GPU{least}", model)]


def _vram_table(lines: list[str], i: int, cells: list[str], col: int) -> list[Statement]:
    """A table with a VRAM / GPU memory column: the column's least figure, and the least of its GPU-count and
    disk columns (``| GPU Memory (GB) | # of GPUs | Disk Space (GB) |``: a hardware table; a header that gives the
    unit lets the cells give bare numbers, ``>=40``)."""
    cols = {"gpus": next((k for k, c in enumerate(cells) if _TABLE_GPUS.match(c)), None),
            "disk": next((k for k, c in enumerate(cells) if _TABLE_DISK.search(c) and _HEADER_GB.search(c)), None)}
    unit_in_header = bool(_HEADER_GB.search(cells[col]))
    figures: Figures = []
    more: dict[str, Figures] = {"gpus": [], "disk": []}
    for j, parts in _rows(lines, i):
        cell = parts[col] if col < len(parts) else ""
        f = _figure(cell)
        if f is None and unit_in_header:
            m = re.fullmatch(r"(?:>=?|≥|~)?\s*(\d{1,3}(?:\.\d+)?)\+?", cell)
            f = gb_text(m.group(1)) if m else None
        if f:
            figures.append((j + 1, f))
        for key, k in cols.items():
            v = re.fullmatch(r"(?:>=?|≥|~)?\s*(\d{1,5})\+?", parts[k]) if k is not None and k < len(parts) else None
            if v and int(v.group(1)) > 0:
                more[key].append((j + 1, v.group(1)))
    if not figures:
        return []
    out = [smallest_row(figures, "VRAM")]
    for key, found in more.items():  # the same table's GPU count and disk columns
        if found:
            line_no, v = min(found, key=lambda x: int(x[1]))
            term, what = (f"gpus>={v}", f"{v} GPU(s) per node") if key == "gpus" else \
                (f"disk>={v}GB", f"{v} GB of disk")
            out.append(Statement(line_no, term, "optional" if key == "gpus" else None,
                                 f"{what}, the least of the hardware table's {len(found)} rows", v))
    return out


def _host_table(lines: list[str], i: int, cols: dict[str, int | None]) -> list[Statement]:
    """A host table: ``| Deployment Type | CPU | RAM | Disk |`` and a row per setting (``| API proxy only | 2 cores |
    4 GB | 10 GB |``): each column's least figure, what the least setting needs."""
    found: dict[str, list[tuple[float, int, str, str]]] = {k: [] for k in cols}  # (value, line, term, token)
    for j, parts in _rows(lines, i):
        for key, k in cols.items():
            cell = parts[k] if k is not None and k < len(parts) else ""
            if key == "cpus":
                m = _CORES.fullmatch(cell)
                if m and int(m.group(1)) > 0:
                    found[key].append((int(m.group(1)), j + 1, f"cpus>={int(m.group(1))}", cell))
                continue
            m = _SIZE.fullmatch(cell)
            if m:
                unit = {"GIB": "GiB", "TIB": "TiB"}.get(m.group(2).upper(), m.group(2).upper())
                value = float(m.group(1)) * (1000 if unit[0] == "T" else 1)
                found[key].append((value, j + 1, f"{key}>={m.group(1)}{unit}", cell))
    out = []
    names = {"cpus": "CPU threads", "ram": "of RAM", "disk": "of disk"}
    for key, rows in found.items():
        if rows:
            _, line_no, term, token = min(rows)
            out.append(Statement(line_no, term, None, f"{token} {names[key]}, the least of the host table's "
                                 f"{len(rows)} rows (minimum)", token))
    return out


# a requirements table's row labelled with GPU memory: "| **Sufficient VRAM** | 8 GB+ for 7B models, 24 GB+ ... |"
_VRAM_LABEL = re.compile(r"^(?:sufficient\s+|minimum\s+|required\s+|min\.?\s+)?(?:VRAM|GPU\s+memory|GPU\s+RAM)$",
                         re.IGNORECASE)


def _labelled_rows(lines: list[str], i: int) -> list[Statement]:
    """A two-column requirements table (``| Requirement | Details |``) whose row is labelled with GPU memory: the
    least figure the row gives (the others are for larger settings)."""
    out = []
    for j, parts in _rows(lines, i):
        if len(parts) >= 2 and _VRAM_LABEL.match(parts[0]):
            figures = [f for f in (_figure(x.group(0)) for x in _FIGURE.finditer(" ".join(parts[1:]))) if f]
            if figures:
                fig = min(figures, key=_gb)
                out.append(Statement(j + 1, f"gpu_memory>={fig}", "optional", f"{fig} per GPU, the least of the "
                                     f"requirements table's {parts[0]} row ({len(figures)} figures)", fig))
        elif len(parts) >= 2 and (key := _host_label(parts[0])) and _REQUIREMENTS_HEADER.search(lines[i]):
            out += _host_row(j + 1, key, parts[0], " ".join(parts[1:]))
    return out


# a requirements table's host rows: "| Type | Requirements |" ... "| Memory | 32 GB minimum; 64 GB ... production |"
_REQUIREMENTS_HEADER = re.compile(r"\b(?:requirements?|minimum|required|specs?)\b", re.IGNORECASE)
_HOST_LABELS = (("cpus", re.compile(r"^(?:CPUs?|processors?|cores|vCPUs?)$", re.IGNORECASE)),
                ("ram", re.compile(r"^(?:memory|RAM|system\s+memory)$", re.IGNORECASE)),
                ("disk", re.compile(r"^(?:disk(?:\s+(?:capacity|space|size))?|storage)$", re.IGNORECASE)))
_ROW_CORES = re.compile(r"(?<![\d.])(\d{1,3})[- ]?(?:core|vCPU|CPU|thread)s?\b", re.IGNORECASE)
_ROW_SIZE = re.compile(r"(?<![\d.])(\d{1,5}(?:\.\d{1,2})?)\s*(GB|GiB|TB|TiB)\b", re.IGNORECASE)


def _host_label(label: str) -> str | None:
    return next((key for key, p in _HOST_LABELS if p.match(label.strip())), None)


def _host_row(line_no: int, key: str, label: str, cell: str) -> list[Statement]:
    """A requirements table's CPU / memory / disk row: the least figure said outside parentheses (a parenthesis
    gives a variant: "250 GB minimum for testing (180 GB minimum when using multiple disks)"), a minimum."""
    text = re.sub(r"\([^)]*\)", " ", cell)
    if key == "cpus":
        found = [(int(m.group(1)), m.group(1), "") for m in _ROW_CORES.finditer(text)]
    else:
        found = [(float(m.group(1)) * (1000 if m.group(2).upper().startswith("T") else 1), m.group(1),
                  m.group(2).upper().replace("IB", "iB")) for m in _ROW_SIZE.finditer(text)]
    if not found:
        return []
    _, n, unit = min(found)
    term, what = (f"cpus>={n}", f"{n} CPU threads") if key == "cpus" else \
        (f"{key}>={n}{unit}", f"{n} {unit} of {'RAM' if key == 'ram' else 'disk'}")
    return [Statement(line_no, term, None, f"{what}, minimum (the least of the requirements table's {label} row)", n)]
