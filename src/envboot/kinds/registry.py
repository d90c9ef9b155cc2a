"""Every resource kind envboot handles, by Blazar resource type: the one place that lists them."""

from __future__ import annotations

from envboot.core.errors import InputError
from envboot.kinds.protocol import ResourceKind


def kinds() -> tuple[ResourceKind, ...]:
    from envboot.kinds.flavors.kind import KIND as FLAVORS
    from envboot.kinds.floatingips.kind import KIND as FLOATINGIPS
    from envboot.kinds.hosts.kind import KIND as HOSTS

    return (HOSTS, FLAVORS, FLOATINGIPS)


def kind_named(resource_type: str) -> ResourceKind:
    for k in kinds():
        if k.resource_type == resource_type:
            return k
    raise InputError(f"unknown Blazar resource type {resource_type!r}; expected one of "
                     f"{', '.join(k.resource_type for k in kinds())}")


def kind_of(request: object) -> ResourceKind:
    """The kind whose request ``request`` is."""
    for k in kinds():
        if isinstance(request, k.request_type):
            return k
    raise TypeError(f"no resource kind takes a {type(request).__name__}")


def kind_of_option(option: object) -> ResourceKind:
    """The kind whose option ``option`` is."""
    for k in kinds():
        if isinstance(option, k.option_type):
            return k
    raise TypeError(f"no resource kind makes a {type(option).__name__}")
