"""Output schemas of the MCP tools: the CLI's stable JSON documents (``envboot.interfaces.jsonout``), typed.

Each model names the fields an agent may rely on and lets further fields through (``extra="allow"``),
so a field added to a document later reaches the client instead of being dropped.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Doc(BaseModel):
    model_config = ConfigDict(extra="allow")


class DataInfo(_Doc):
    """Which data answered, and how old it is."""

    source: str = Field(description="snapshot | live | synthetic")
    path: str | None = None
    fetched_at: str | None = Field(None, description="oldest fetch time over the sites used (UTC, ...Z)")
    fetched_before: str | None = None
    age_seconds: int | None = None
    age: str | None = None
    stale_sites: list[str] = Field(default_factory=list, description="sites whose last refresh failed")


class ZoneRow(_Doc):
    zone: str = Field(description="site uid, e.g. uc")
    name: str = Field(description="site name, e.g. CHI@UC")
    total_nodes: int
    reservable: int
    mapped: int
    unmapped: int
    reservations: int
    stale: bool


class ZonesDoc(_Doc):
    schema_version: int
    zones: list[ZoneRow]
    data: DataInfo


class NodeTypeHardware(_Doc):
    node_type: str
    category: str = Field(description="gpu | fpga | storage | compute")
    nodes: int = Field(description="nodes of this type in the zone")
    reservable: int = Field(description="of which reservable in Blazar")
    gpu_model: str | None = None
    gpu_count: int = 0
    threads: int | None = Field(None, description="hardware threads (architecture.smt_size)")
    ram_gib: float | None = None
    cpu_model: str | None = None
    su_factor: float | None = Field(None, description="Blazar's Service Units per node-hour (most common over the "
                                    "type's hosts that carry one); null when none does (the policy's rate applies)")
    summary: str


class ZoneHardware(_Doc):
    zone: str
    name: str
    node_types: list[NodeTypeHardware]


class HardwareDoc(_Doc):
    schema_version: int
    zones: list[ZoneHardware]
    data: DataInfo


class NodeBrief(_Doc):
    uid: str
    hostname: str | None = None
    resource_id: str | None = None
    node_type: str | None = None


class AvailabilityDoc(_Doc):
    schema_version: int
    zone: str
    zone_name: str
    start: str
    end: str
    duration_minutes: int
    node_type: str | None = None
    available_nodes: int
    amount: int
    sufficient: bool = Field(description="at least `amount` nodes are free for the whole window")
    nodes: list[NodeBrief]
    data: DataInfo


class EarliestDoc(_Doc):
    schema_version: int
    found: bool = Field(description="a window with `amount` nodes free exists within the horizon")
    zone: str
    node_type: str | None = None
    amount: int
    duration_minutes: int
    requested_start: str
    max_search_hours: int
    start: str | None = Field(None, description="the earliest start (exact to the minute), if found")
    end: str | None = None
    delay_minutes: int | None = None
    available_nodes: int = 0
    nodes: list[NodeBrief] = Field(default_factory=list)
    data: DataInfo


class OptionDoc(_Doc):
    rank: int = Field(description="pass it to `reserve` as `option`")
    strategy: str = Field(description="base | time_shift | zone_change | downgrade")
    zone: str
    start: str
    end: str
    amount: int = Field(description="hosts the lease would get")
    min_amount: int
    max_amount: int
    node_type: str | None = None
    resource_properties: str
    nodes: list[dict[str, Any]] = Field(description="the hosts Blazar would most likely take (a prediction)")
    free_count: int
    delay_minutes: int
    su_cost: float | None = Field(description="Service Units the lease would cost, from each host's Blazar "
                                  "su_factor, else the policy file's rate table; null when a rate is unknown")
    su_source: str = Field(description="where su_cost's rates come from: 'blazar su_factor', 'policy <source> rate "
                           "table: <url>', 'unknown', several joined by ' + '")
    lease_request: dict[str, Any] = Field(description="the exact Blazar lease request `reserve` would send")
    why: str


class PolicyCheckDoc(_Doc):
    """One of Chameleon's policy checks (docs/live.md, Policies), reported apart from Blazar's verdict."""

    check: str = Field(description="max_lease_length | extension_window | su_cost | lease_stacking | "
                                   "equivalent_lease | idle_lease")
    outcome: str = Field(description="pass, warn (advice; equivalent_lease needs the person's confirmation), or "
                                     "fail (the policy forbids it)")
    detail: str = Field(description="why, with the rule's source (a key of the policy file's [sources])")


POLICY = Field(None, description="the policy checks of the top option (plan: length and SU cost; reserve: also "
                                 "lease stacking and an equivalent lease of the project); absent without an option")


class _PlanHead(_Doc):
    """What ``plan`` and ``plan_instances`` both return around their options."""

    schema_version: int
    plan_id: str | None = Field(description="pass it to `reserve` (null when no option meets the request)")
    expires_at: str | None = Field(None, description="`reserve` refuses the plan id after this time (UTC)")
    ttl_seconds: int
    request: dict[str, Any] = Field(description="the request as understood; for bare metal with needs, "
                                                "`needs_origin` (person | repository | agent-corrected) and "
                                                "`needs_repository` say where the needs came from")
    data: DataInfo
    status: str = Field(description="ok | shifted | zone_changed | downgraded | infeasible")
    explanation: str
    warnings: list[str]
    tried: list[str]
    near_miss: dict[str, Any] | None = None
    policy: list[PolicyCheckDoc] | None = POLICY


class PlanDoc(_PlanHead):
    options: list[OptionDoc]


class FlavorDoc(_Doc):
    id: str
    name: str
    vcpus: int
    ram: int = Field(description="MiB")
    disk: int = Field(description="GB")
    ephemeral: int = Field(description="GB")


class InstanceHostDoc(_Doc):
    id: str
    hypervisor_hostname: str
    instances: int = Field(description="instances of the flavor Blazar would place on this host")


class InstanceOptionDoc(_Doc):
    rank: int = Field(description="pass it to `reserve` as `option`")
    strategy: str = Field(description="base | time_shift | zone_change | downgrade (a smaller flavor)")
    zone: str
    start: str
    end: str
    delay_minutes: int
    flavor: FlavorDoc
    amount: int = Field(description="instances the lease would hold")
    instances_fit: int = Field(description="instances of the flavor that fit in the zone for the whole window")
    hosts: list[InstanceHostDoc] = Field(description="where Blazar would place them (a prediction)")
    why: str
    launch_flavor: str = Field(description="the flavor instances launch with: reservation:<reservation id>")
    lease_request: dict[str, Any] = Field(description="the exact Blazar lease request `reserve` would send")


class InstancePlanDoc(_PlanHead):
    options: list[InstanceOptionDoc]


class InstanceAvailabilityDoc(_Doc):
    schema_version: int
    resource_type: str = Field(description="flavor:instance")
    zone: str
    start: str
    end: str
    duration_minutes: int
    flavor: FlavorDoc
    amount: int
    instances_fit: int = Field(description="instances of the flavor that fit for the whole window")
    sufficient: bool = Field(description="at least `amount` instances fit")
    conflict: bool = Field(description="a reservation Blazar cannot account for overlaps: it would refuse (409)")
    hosts: list[dict[str, Any]] = Field(description="per host: status, instances that fit, peak usage, capacity")
    lease_request: dict[str, Any]
    warnings: list[str]
    data: DataInfo


class LeaseDoc(_Doc):
    id: str
    name: str
    status: str
    start: str | None = None
    end: str | None = None
    reservations: list[str] = Field(default_factory=list)


class LeaseListDoc(_Doc):
    zone: str
    leases: list[LeaseDoc]


class LeaseDeleteDoc(_Doc):
    lease_id: str
    zone: str
    deleted: bool = Field(description="false when the lease was already gone (missing_ok)")


class ReserveDoc(_Doc):
    schema_version: int
    result: str = Field(description="success (the only non-error result)")
    exit_code: int
    message: str
    plan_id: str
    rank: int
    intent_id: str | None = None
    lease_name: str | None = None
    lease_id: str | None = None
    status: str | None = None
    hosts: list[str] = Field(default_factory=list, description="the hosts Blazar actually allocated (verified)")
    attempts: list[dict[str, Any]] = Field(default_factory=list)
    lease_request: dict[str, Any] | None = None
    option: dict[str, Any] | None = None
    policy: list[PolicyCheckDoc] | None = POLICY
    audit: str = Field(description="the audit trail file holding this reservation's records")
    warnings: list[str] = Field(default_factory=list, description="what reading the audit trail skipped: a torn "
                                "record (a crash mid-write), fenced and kept in the file; one line each, naming it")


class RepoNeedsDoc(_Doc):
    schema_version: int
    path: str
    needs: str = Field(description="a needs string for the `needs` argument of availability/earliest/plan")
    gpu: str = Field(description="required | optional | none | unknown (the scan was cut before deciding)")
    gpu_basis: str
    items: list[dict[str, Any]] = Field(description="per need: its confidence (declared > stated > inferred) "
                                                    "and the evidence (file, line)")
    evidence: list[dict[str, Any]]
    files_scanned: int
    scan_cut: dict[str, Any] | None = Field(None, description="null, or why and where the scan stopped before "
                                                              "reading every file (reason files|time, at, "
                                                              "files_not_read)")
    warnings: list[str]
    match: dict[str, Any] | None = Field(None, description="with match: true, the node types meeting the needs")
    data: DataInfo | None = None
