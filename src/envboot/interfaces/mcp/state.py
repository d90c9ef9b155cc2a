"""The MCP server's state: its configuration, the data it reads, the plans it handed out, the live context."""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from envboot import api
from envboot.core.errors import EXIT_BAD_INPUT, EnvbootError, InputError
from envboot.core.settings import data_dir as resolve_data_dir
from envboot.core.timeutil import iso_z, utcnow
from envboot.domain.model import MergedView
from envboot.kinds.hosts.planner import Option, Plan, PlanRequest
from envboot.kinds.registry import kind_of_option
from envboot.live.audit import AuditLog
from envboot.live.context import LiveContext

if TYPE_CHECKING:
    from envboot.kinds.flavors.planner import FlavorOption, FlavorPlan, FlavorPlanRequest

DEFAULT_PLAN_TTL_S = 300
MAX_PLANS = 4096  # the server's limit: the oldest plans (expired ones first) are forgotten; then refused as unknown
MAX_PLANS_PER_OWNER = 64  # a session's own limit: its newer plans evict its older ones, never another session's


class PlanRefused(EnvbootError):
    """``reserve`` refuses a plan id: unknown, expired, already used, or no longer what was planned."""

    exit_code = EXIT_BAD_INPUT


@dataclass(frozen=True)
class ServerConfig:
    """What ``envboot mcp`` was started with (the CLI's flags)."""

    data: Path | None = None  # --data / ENVBOOT_DATA; None: the bundled snapshot
    read_only: bool = False
    plan_ttl_s: float = DEFAULT_PLAN_TTL_S
    wait_timeout_s: float = 300.0
    retry_attempts: int = 3
    os_cloud: str | None = None
    zones_config: Path | None = None
    live_data: Path | None = None
    inventory: Path | None = None
    insecure: bool = False
    audit: Path | None = None
    repo_roots: tuple[Path, ...] = ()  # --repo-root: where needs_from_repository may read; () = the working dir
    clock: Callable[[], float] = time.monotonic  # tests move it to expire plans


@dataclass
class StoredPlan:
    """A plan handed out by ``plan`` (bare metal) or ``plan_instances`` (``flavor:instance``)."""

    plan_id: str
    request: PlanRequest | FlavorPlanRequest
    plan: Plan | FlavorPlan
    cleaning_minutes: int
    data_source: str
    created: float  # config.clock()
    created_at: datetime  # UTC, for people
    used: str | None = None  # what the reserve that used it did
    owner: str | None = None  # the session that made it (None: a stateless request; the id is the only key)
    asap: bool = False  # planned for start "now": re-anchored to the first bookable minute at reserve time
    anchor: datetime | None = None  # the re-anchored start the person was asked to confirm
    companions: tuple = ()  # requests of companion kinds in the same lease (floating IPs)

    def option(self, rank: int) -> Option | FlavorOption:
        if not 1 <= rank <= len(self.plan.options):
            raise PlanRefused(f"plan {self.plan_id} has {len(self.plan.options)} option(s); "
                              f"option {rank} does not exist")
        return self.plan.options[rank - 1]


def option_identity(o) -> tuple:
    """What a person consents to: the lease Blazar would be asked for, and what it costs."""
    kind = kind_of_option(o)
    return (kind.resource_type, o.zone, o.start, o.end, *(v for _label, v in kind.consent_fields(o)))


def describe_change(planned, fresh) -> str:
    kind = kind_of_option(planned)
    theirs = dict(kind.consent_fields(fresh)) if kind_of_option(fresh) is kind else {}
    changes = []
    for label, a, b in (("zone", planned.zone, fresh.zone), ("start", iso_z(planned.start), iso_z(fresh.start)),
                        ("end", iso_z(planned.end), iso_z(fresh.end)),
                        *((label, a, theirs.get(label)) for label, a in kind.consent_fields(planned))):
        if a != b:
            changes.append(f"{label} {a} → {b}")
    return ", ".join(changes) or "its hosts changed"


class PlanStore:
    """Plan ids handed out by ``plan``: valid for ``ttl`` seconds, each usable by one ``reserve``."""

    def __init__(self, ttl_s: float, clock: Callable[[], float]) -> None:
        self.ttl_s = ttl_s
        self.clock = clock
        self._plans: OrderedDict[str, StoredPlan] = OrderedDict()
        self._lock = threading.RLock()

    def add(self, request: PlanRequest | FlavorPlanRequest, plan: Plan | FlavorPlan, cleaning_minutes: int,
            data_source: str, owner: str | None = None, asap: bool = False, companions: tuple = ()) -> StoredPlan:
        stored = StoredPlan("p-" + secrets.token_hex(16), request, plan, cleaning_minutes, data_source, self.clock(),
                            utcnow().replace(microsecond=0), owner=owner, asap=asap,
                            companions=companions)
        with self._lock:
            self._plans[stored.plan_id] = stored
            mine = [k for k, v in self._plans.items() if v.owner == owner]
            for k in mine[:max(0, len(mine) - MAX_PLANS_PER_OWNER)]:
                del self._plans[k]
            if len(self._plans) > MAX_PLANS:
                now = self.clock()
                for k in [k for k, v in self._plans.items() if now - v.created > self.ttl_s]:
                    del self._plans[k]
            while len(self._plans) > MAX_PLANS:
                self._plans.popitem(last=False)
        return stored

    def expires_at(self, stored: StoredPlan) -> datetime:
        return stored.created_at + timedelta(seconds=self.ttl_s)

    def get(self, plan_id: str, owner: str | None = None) -> StoredPlan:
        """The plan, if ``owner`` may still reserve it; otherwise :class:`PlanRefused` saying why. A plan made
        in a session is that session's: another session is told it is unknown (it learns nothing)."""
        with self._lock:
            stored = self._plans.get(plan_id)
        if stored is not None and stored.owner is not None and stored.owner != owner:
            stored = None
        if stored is None:
            raise PlanRefused(f"unknown plan id {plan_id!r}: call plan first and pass the plan_id it returns "
                              "(plans live in this server's memory only, each usable only in the session that made it)")
        age = self.clock() - stored.created
        if age > self.ttl_s:
            raise PlanRefused(f"plan {plan_id} expired: it was made {age / 60:.1f} min ago and plans are valid for "
                              f"{self.ttl_s / 60:g} min; call plan again")
        if stored.used is not None:
            raise PlanRefused(f"plan {plan_id} was already used ({stored.used}); call plan again")
        return stored

    def take(self, plan_id: str, owner: str | None = None) -> StoredPlan:
        """Mark the plan used (one reserve per plan id: a retried call cannot make a second lease)."""
        with self._lock:
            stored = self.get(plan_id, owner)
            stored.used = "a reserve is in progress"
            return stored


    def release(self, stored: StoredPlan) -> None:
        """A reserve that created nothing and asked Blazar for nothing (refused before): the id stays usable."""
        with self._lock:
            stored.used = None


def reserve_anchor(now: datetime) -> datetime:
    """The first start a reserve can still get: two minutes ahead at most, one at least ('now', as the CLI)."""
    return now.replace(second=0, microsecond=0) + timedelta(minutes=2)


def anchored(stored: StoredPlan, option: Option | FlavorOption, now: datetime) -> datetime | None:
    """For a plan made for "as soon as possible" whose option no longer starts in time: the new start
    (the first bookable minute now); None when the option stands as planned."""
    if not stored.asap or option.start >= now + timedelta(minutes=1):
        return None
    return reserve_anchor(now)


def shifted_to(option, start: datetime):
    """The same lease (zone, hosts rule, hardware, SU) over the same duration from ``start``."""
    from dataclasses import replace

    return replace(option, start=start, end=start + (option.end - option.start))


class ViewCache:
    """The merged view of a data directory, reloaded when one of its files changes."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[tuple, MergedView]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def signature(path: Path) -> tuple:
        out = []
        try:
            entries = list(os.scandir(path))
        except OSError:
            return ()
        for e in entries:
            if e.is_dir():
                try:
                    out.extend((e.name, s.name, s.stat().st_mtime_ns, s.stat().st_size) for s in os.scandir(e.path))
                except OSError:
                    continue
            else:
                st = e.stat()
                out.append((e.name, st.st_mtime_ns, st.st_size))
        return tuple(sorted(out))

    def view(self, path: Path) -> MergedView:
        sig = self.signature(path)
        with self._lock:
            hit = self._cache.get(path)
            if hit is not None and hit[0] == sig and sig:
                return hit[1]
        view = api.load_view(path)  # raises InputError for a bad directory, like the CLI
        with self._lock:
            self._cache[path] = (sig, view)
        return view


@dataclass
class ServerState:
    config: ServerConfig
    views: ViewCache = field(default_factory=ViewCache)
    plans: PlanStore = field(init=False)
    live_lock: threading.Lock = field(default_factory=threading.Lock)  # one Blazar conversation at a time
    _live: LiveContext | None = None

    def __post_init__(self) -> None:
        self.plans = PlanStore(self.config.plan_ttl_s, self.config.clock)

    @property
    def data_dir(self) -> Path:
        return resolve_data_dir(self.config.data)

    def view(self) -> MergedView:
        return self.views.view(self.data_dir)

    def repo_roots(self) -> tuple[Path, ...]:
        """The directories needs_from_repository may read under, symbolic links resolved."""
        return tuple(Path(r).resolve() for r in (self.config.repo_roots or (Path.cwd(),)))

    def repo_path(self, path: str) -> Path:
        """``path`` resolved (symbolic links and ``..`` included), if it lies under an allowed root; else an
        InputError naming the roots and the flag that widens them."""
        roots = self.repo_roots()
        try:
            real = Path(path).resolve()
        except (OSError, RuntimeError, ValueError) as exc:
            raise InputError(f"needs_from_repository: {path!r} cannot be resolved ({exc})") from None
        if any(real == r or real.is_relative_to(r) for r in roots):
            return real
        raise InputError(f"needs_from_repository: {path!r} is outside the directories this server may read "
                         f"({', '.join(str(r) for r in roots)}); the operator allows more with "
                         "`envboot mcp --repo-root DIR`")

    def live(self) -> LiveContext:
        """The live context, as ``envboot reserve`` makes it (OS_* / clouds.yaml / zones.toml)."""
        if self._live is None:
            from envboot.live.context import LiveContext

            c = self.config
            self._live = LiveContext.create(c.live_data, c.inventory, c.zones_config, c.os_cloud,
                                            insecure=c.insecure or None, keep_user_names=False)
        return self._live

    def live_view(self) -> MergedView:
        return self.views.view(self.live().data_dir)

    def audit_log(self) -> AuditLog:
        from envboot.live.audit import AuditLog, default_audit_path

        return AuditLog(self.config.audit or default_audit_path())


def check_ttl(seconds: float) -> float:
    if seconds <= 0:
        raise InputError(f"--plan-ttl: must be a positive number of seconds, got {seconds:g}")
    return seconds
