"""Loader for the reference API inventory (Grid'5000 collection format).

Files: ``sites.json``, ``{site}_clusters.json``, ``{site}_chameleon_nodes.json``, each
``{"items": [...]}``. A node's site and cluster come from its ``links`` hrefs
(``/sites/uc/clusters/chameleon/nodes/<uid>``); the file-name prefix is the fallback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import msgspec

from envboot.core.errors import InputError
from envboot.data.sources.decode import decode_file
from envboot.domain.model import InventoryNode, Site

NODES_SUFFIX = "_chameleon_nodes.json"
_HREF_RE = re.compile(r"/sites/([^/]+)/clusters/([^/]+)(?:/nodes/[^/]+)?/?$")
# Reference fields that describe the document, not the hardware: not capabilities.
_SKIP_KEYS = frozenset({"links", "version", "type"})
MAX_FLATTEN_DEPTH = 8


class _Link(msgspec.Struct, forbid_unknown_fields=False):
    href: str = ""
    rel: str = ""


class _RawSite(msgspec.Struct, forbid_unknown_fields=False):
    uid: str
    name: str | None = None


class _SitesFile(msgspec.Struct, forbid_unknown_fields=False):
    items: list[_RawSite]


class _NodesFile(msgspec.Struct, forbid_unknown_fields=False):
    items: list[dict[str, Any]]


def load_sites(path: Path) -> tuple[Site, ...]:
    raw = decode_file(path, _SitesFile)
    return tuple(Site(s.uid, s.name or s.uid) for s in raw.items)


def load_nodes(path: Path) -> tuple[InventoryNode, ...]:
    """Load ``{site}_chameleon_nodes.json``."""
    fallback_site = path.name[: -len(NODES_SUFFIX)] if path.name.endswith(NODES_SUFFIX) else None
    raw = decode_file(path, _NodesFile)
    prefix = f"{path}: items"
    return tuple(node_from_dict(item, prefix, i, fallback_site) for i, item in enumerate(raw.items))


def node_from_dict(item: dict[str, Any], prefix: str, index: int, fallback_site: str | None) -> InventoryNode:
    """``prefix`` and ``index`` name the node in errors (``{prefix}[{index}]``), formatted only then."""
    uid = item.get("uid")
    name = item.get("node_name", uid)
    node_type = item.get("node_type", "unknown")
    if type(uid) is not str or not uid or type(name) is not str or type(node_type) is not str:
        where = f"{prefix}[{index}]"
        if not isinstance(uid, str) or not uid:
            raise InputError(f"{where}.uid: expected a non-empty string, got {_short(uid)}")
        if not isinstance(name, str):
            raise InputError(f"{where}.node_name: expected a string, got {_short(name)}")
        raise InputError(f"{where}.node_type: expected a string, got {_short(node_type)}")
    site, cluster = _site_cluster(item.get("links"), prefix, index)
    site = site or fallback_site
    if not site:
        raise InputError(f"{prefix}[{index}]: node {uid} has no /sites/<site>/ link and the file name names no site")
    return InventoryNode(uid, name, node_type, site, cluster or "chameleon", flatten(item))


def flatten(item: dict[str, Any]) -> dict[str, str]:
    """A node as Blazar extra capabilities: dotted keys, string values.

    ``{"gpu": {"gpu_count": 1}}`` -> ``{"gpu.gpu_count": "1"}``; list elements are indexed
    (``network_adapters.0.device``); booleans are ``"True"``/``"False"``; ``None`` is left out.
    """
    out: dict[str, str] = {}
    for key, sub in item.items():  # the top level inline (as _walk does below): one node is one call
        kind = type(sub)
        if kind is str:
            if key not in _SKIP_KEYS:
                out[key] = sub
        elif kind is dict or kind is list:
            if key not in _SKIP_KEYS and MAX_FLATTEN_DEPTH > 1:
                _walk(key, sub, 2, out)
        elif sub is not None and key not in _SKIP_KEYS:
            out[key] = str(sub)
    return out


def _walk(prefix: str, value: dict | list, depth: int, out: dict[str, str]) -> None:
    # Scalars are handled in the loop, not by a call each: a federation has millions of them.
    for key, sub in value.items() if type(value) is dict else enumerate(value):
        path = f"{prefix}.{key}" if prefix else str(key)
        kind = type(sub)
        if kind is str:
            out[path] = sub
        elif kind is dict or kind is list:
            if depth < MAX_FLATTEN_DEPTH:
                _walk(path, sub, depth + 1, out)
        elif sub is not None:
            out[path] = str(sub)


def _site_cluster(links: object, prefix: str, index: int) -> tuple[str | None, str | None]:
    if links is None:
        return None, None
    if type(links) is not list:
        raise InputError(f"{prefix}[{index}].links: expected a list, got {_short(links)}")
    found: tuple[str | None, str | None] = (None, None)
    for link in links:
        if type(link) is not dict:
            continue
        href = link.get("href")
        if type(href) is not str:
            continue
        m = _HREF_RE.search(href)
        if m and (link.get("rel") == "self" or found == (None, None)):
            found = (m.group(1), m.group(2))
    return found


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"
