"""Blazar's resource types (the seed's ``--resource-type`` / ``RESOURCE_TYPE``). Pure.

Blazar reserves ``physical:host`` (bare-metal hosts) and ``flavor:instance`` (KVM instances of a
flavor). A node type (``compute_skylake``) is NOT a resource type: it is a host capability,
selected with ``--node-type``.
"""

from __future__ import annotations

from envboot.core.errors import InputError

PHYSICAL_HOST = "physical:host"
FLAVOR_INSTANCE = "flavor:instance"
FLOATING_IP = "virtual:floatingip"
RESOURCE_TYPES = (PHYSICAL_HOST, FLAVOR_INSTANCE, FLOATING_IP)
SUPPORTED = (PHYSICAL_HOST,)


def parse_resource_type(value: str | None, *, what: str = "--resource-type",
                        allow: tuple[str, ...] = SUPPORTED) -> str:
    """The Blazar resource type named by ``value`` (default ``physical:host``), or one clear error.
    ``allow``: the types the calling command handles (``plan``, ``availability``, ``reserve`` and the seed
    shim add flavor:instance)."""
    if value is None or value.strip() == "":
        return PHYSICAL_HOST
    name = value.strip()
    if name == FLAVOR_INSTANCE and name not in allow:
        raise InputError(
            f"{what} {FLAVOR_INSTANCE}: KVM instance reservations are not supported yet by this command "
            f"(it handles {PHYSICAL_HOST}, bare metal); `envboot plan`, `availability`, `reserve` and the seed "
            "shim take it"
        )
    if name in allow:
        return name
    if ":" not in name:
        raise InputError(
            f"{what} {name!r} is not a Blazar resource type ({', '.join(RESOURCE_TYPES)}); "
            f"it looks like a node type: use --node-type {name} (or NODE_TYPE={name})"
        )
    raise InputError(f"{what} {name!r}: unknown Blazar resource type; expected one of {', '.join(RESOURCE_TYPES)}")
