"""A Vagrantfile's VM size: ``vb.memory = 8192`` (MiB) and ``vb.cpus = 4`` in a provider block (VirtualBox,
libvirt, VMware, Hyper-V, Parallels). Stated, and a recommendation: the VM its author sized for the project
(p4lang/tutorials: "Larger memory and vcpus helps build p4c from source significantly faster"), which a stated
minimum in its prose outranks.
"""

from __future__ import annotations

import re
from pathlib import Path

from envboot.data.repo_needs._common import STATED, Evidence, need, read_text, rel

# "vb.memory = 8192", "libvirt.cpus = 4", 'v.memory = "4096"' (a comment or a string holding it is not read)
_SETTING = re.compile(r"^\s*(\w+)\.(memory|cpus)\s*=\s*[\"']?(\d{1,7})[\"']?\s*(?:#.*)?$")
_PROVIDER = re.compile(r"\.provider\s+[:\"']?(virtualbox|libvirt|vmware\w*|hyperv|parallels)\b")


def is_vagrantfile(relpath: str) -> bool:
    return relpath.rsplit("/", 1)[-1] == "Vagrantfile" and relpath.count("/") <= 2


def vagrantfile(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    out: list[Evidence] = []
    provider = False
    seen: set[str] = set()
    for i, line in enumerate(text.splitlines(), 1):
        provider = provider or bool(_PROVIDER.search(line))
        m = _SETTING.match(line) if provider else None
        if not m or m.group(2) in seen or int(m.group(3)) <= 0:
            continue
        seen.add(m.group(2))  # the first VM defined: a multi-machine file's others are alternatives
        value = int(m.group(3))
        if m.group(2) == "memory":
            gib = value / 1024
            shown = f"{gib:g}GiB" if gib == int(gib) else f"{value}MiB"
            out.append(Evidence(name, i, "vagrant", STATED, f"{line.strip()} (MiB; the VM its Vagrantfile defines)",
                                need(f"ram>={shown}"), None, f"{value} MiB of RAM, recommended (the VM its Vagrantfile "
                                "defines)"))
        else:
            out.append(Evidence(name, i, "vagrant", STATED, f"{line.strip()} (the VM its Vagrantfile defines)",
                                need(f"cpus>={value}"), None, f"{value} CPU threads, recommended (the VM its "
                                "Vagrantfile defines)"))
    return out
