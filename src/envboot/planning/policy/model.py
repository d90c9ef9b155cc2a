"""The policy file's shape: typed, frozen, unknown keys refused (a misspelt key is an error, not a no-op)."""

from __future__ import annotations

import fnmatch
from datetime import date

import msgspec


class _Rule(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    pass


class Source(_Rule):
    title: str
    url: str = ""
    note: str = ""


class LengthRule(_Rule):
    """The longest lease (``end - start``, seconds, as Blazar's ``max_lease_duration``) of one kind."""

    kind: str  # Blazar resource type: physical:host, flavor:instance, virtual:floatingip
    max_seconds: int
    source: str
    flavors: tuple[str, ...] = ()  # globs (flavor:instance): the rule applies to these flavors only
    assumption: str = ""

    def applies(self, kind: str, flavor: str | None) -> bool:
        if kind != self.kind:
            return False
        return not self.flavors or (flavor is not None and any(fnmatch.fnmatchcase(flavor, g) for g in self.flavors))


class ExtensionWindow(_Rule):
    hours_before_end: float
    source: str


class Rate(_Rule):
    rate: float  # SU per hour per host / instance / network
    source: str
    assumption: str = ""


class SuRates(_Rule):
    source: str
    default_node: Rate
    node_types: dict[str, Rate] = {}
    flavors: dict[str, Rate] = {}
    networks: dict[str, Rate] = {}
    floating_ip: float = 0.0


class LeaseStacking(_Rule):
    source: str
    window_days: int = 21
    coverage_threshold: float = 0.9
    high_end_share: float = 0.5
    high_end_min_nodes: int = 4
    high_end_markers: tuple[str, ...] = ("gpu", "storage", "fpga")

    def high_end(self, node_type: str) -> bool:
        return any(m in node_type.lower() for m in self.high_end_markers)


class IdleLease(_Rule):
    source: str
    warn_hours: float = 6
    delete_hours: float = 9
    kinds: tuple[str, ...] = ("physical:host",)


class Policy(_Rule):
    version: int
    date: date
    sources: dict[str, Source]
    lease_length: dict[str, LengthRule]
    extension: ExtensionWindow
    su_rates: SuRates
    lease_stacking: LeaseStacking
    idle_lease: IdleLease
    origin: str = ""  # the file(s) this policy was read from (set by the loader)

    def length_rule(self, kind: str, flavor: str | None = None) -> LengthRule | None:
        """The rule for ``kind`` (and ``flavor``): one naming the flavor wins over one for the whole kind."""
        rules = [r for r in self.lease_length.values() if r.applies(kind, flavor)]
        rules.sort(key=lambda r: (not r.flavors, r.max_seconds))
        return rules[0] if rules else None

    def cite(self, source: str) -> str:
        """How a check names a rule's source: its key in ``[sources]`` (which has the title and URL)."""
        return f"source {source}"
