"""Load the shipped policy file, merge a user's (partial) file over it, validate: one-line errors."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import msgspec

from envboot.core.errors import InputError
from envboot.planning.policy.model import LengthRule, Policy, Rate, Source

SHIPPED = Path(__file__).resolve().parent / "chameleon.toml"
MAX_FILE_BYTES = 1 << 20


def load_policy(override: str | Path | None = None, *, base: Path = SHIPPED) -> Policy:
    """The shipped policy, with ``override`` (a TOML file of the same shape, any part of it) merged over it.

    Tables merge key by key; any other value (number, string, list) replaces the shipped one."""
    data = _read(base)
    origin = str(base)
    if override is not None:
        path = Path(override)
        data = merge(data, _read(path))
        origin = f"{base} + {path}"
        return _convert(data, path, origin)
    return _convert(data, base, origin)


def merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"policy file {path}: larger than {MAX_FILE_BYTES} bytes")
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise InputError(f"policy file {path}: not found") from None
    except IsADirectoryError:
        raise InputError(f"policy file {path}: is a directory") from None
    except UnicodeDecodeError:
        raise InputError(f"policy file {path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"policy file {path}: cannot read it ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"policy file {path}: not valid TOML ({exc})") from None


_PATH_RE = re.compile(r" - at `\$(.*)`$")


# the tables keyed by a name of the file's choosing (msgspec reports a bad entry of these as ``[...]``)
_NAMED = {("sources",): Source, ("lease_length",): LengthRule, ("su_rates", "node_types"): Rate,
          ("su_rates", "flavors"): Rate, ("su_rates", "networks"): Rate}


def _convert(data: dict[str, Any], path: Path, origin: str) -> Policy:
    try:
        policy = msgspec.convert({**data, "origin": origin}, Policy)
    except msgspec.ValidationError as exc:
        where, what = _explain(exc)
        if "[...]" in where:
            where, what = _named_entry(data) or (where, what)
        if what.startswith("Object contains unknown field"):
            table = where or "the top level"
            unknown = what.removeprefix("Object contains unknown field").strip().replace("`", "")
            raise InputError(f"policy file {path}: {table} has unknown field {unknown}") from None
        raise InputError(f"policy file {path}: field {where or '(top level)'}: {what}".replace("`", "")) from None
    _validate(policy, path)
    return policy


def _explain(exc: msgspec.ValidationError, prefix: str = "") -> tuple[str, str]:
    text = str(exc)
    m = _PATH_RE.search(text)
    where = _field(prefix + (m.group(1) if m else ""))
    return where, _PATH_RE.sub("", text)


def _named_entry(data: dict[str, Any]) -> tuple[str, str] | None:
    """The first bad entry of a named table, converted on its own so the error can name its key."""
    for keys, kind in _NAMED.items():
        table: Any = data
        for key in keys:
            table = table.get(key) if isinstance(table, dict) else None
        if not isinstance(table, dict):
            continue
        for name, entry in table.items():
            try:
                msgspec.convert(entry, kind)
            except msgspec.ValidationError as exc:
                return _explain(exc, f".{'.'.join(keys)}['{name}']")
    return None


def _field(jsonpath: str) -> str:
    """``.su_rates.node_types['x'].rate`` -> ``su_rates.node_types.x.rate``."""
    return re.sub(r"\['([^']*)'\]|\[(\d+)\]", lambda m: f".{m.group(1) or m.group(2)}", jsonpath).lstrip(".")


def _validate(p: Policy, path: Path) -> None:
    def bad(field: str, why: str) -> InputError:
        return InputError(f"policy file {path}: field {field}: {why}")

    if p.version < 1:
        raise bad("version", f"{p.version} is not a version (1 or more)")
    cited: list[tuple[str, str]] = [("extension.source", p.extension.source), ("su_rates.source", p.su_rates.source),
                                    ("su_rates.default_node.source", p.su_rates.default_node.source),
                                    ("lease_stacking.source", p.lease_stacking.source),
                                    ("idle_lease.source", p.idle_lease.source)]
    for name, rule in p.lease_length.items():
        cited.append((f"lease_length.{name}.source", rule.source))
        if rule.max_seconds < 60:
            raise bad(f"lease_length.{name}.max_seconds", f"{rule.max_seconds} is under a minute")
    for table in ("node_types", "flavors", "networks"):
        for name, rate in getattr(p.su_rates, table).items():
            cited.append((f"su_rates.{table}.{name}.source", rate.source))
            if not 0 <= rate.rate < 1e6:
                raise bad(f"su_rates.{table}.{name}.rate", f"{rate.rate} is out of range (0 .. 1e6)")
    if not 0 <= p.su_rates.default_node.rate < 1e6:
        raise bad("su_rates.default_node.rate", f"{p.su_rates.default_node.rate} is out of range (0 .. 1e6)")
    if not 0 <= p.su_rates.floating_ip < 1e6:
        raise bad("su_rates.floating_ip", f"{p.su_rates.floating_ip} is out of range (0 .. 1e6)")
    for field, source in cited:
        if source not in p.sources:
            raise bad(field, f"source {source!r} is not a key of [sources]")
    if p.extension.hours_before_end <= 0:
        raise bad("extension.hours_before_end", f"{p.extension.hours_before_end} must be above 0")
    st = p.lease_stacking
    if st.window_days < 1:
        raise bad("lease_stacking.window_days", f"{st.window_days} must be 1 or more")
    for field in ("coverage_threshold", "high_end_share"):
        value = getattr(st, field)
        if not 0 < value <= 1:
            raise bad(f"lease_stacking.{field}", f"{value} must be in (0, 1]")
    idle = p.idle_lease
    if not 0 < idle.warn_hours <= idle.delete_hours:
        raise bad("idle_lease.warn_hours", f"need 0 < warn_hours ({idle.warn_hours}) <= delete_hours "
                  f"({idle.delete_hours})")
