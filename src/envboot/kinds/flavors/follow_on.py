"""``flavor:instance``'s follow-on lease: when Blazar would refuse to prolong an instance reservation, a new
lease of the same flavor and instance count from its end, at the earliest minute the KVM hosts fit them
(the flavor engine, the transcription of Blazar's slot count). Pure."""

from __future__ import annotations

from datetime import datetime

from envboot.domain.resource_types import FLAVOR_INSTANCE
from envboot.kinds.flavors.engine import FlavorEngine
from envboot.kinds.flavors.model import Flavor
from envboot.kinds.minutes import from_minute, to_minute
from envboot.kinds.updates import FollowOn, SiteState, follow_on_why

SAME_FLAVOR = "same flavor"


def instance_follow_ons(flavor: Flavor, amount: int, site: SiteState, zone: str, after: datetime, minutes: int,
                        horizon_minutes: int) -> tuple[FollowOn, ...]:
    if amount < 1 or minutes < 1 or not site.kvm_hosts:
        return ()
    start = to_minute(after)
    fit = FlavorEngine(site.kvm_hosts, site.cleaning_minutes).earliest(flavor, start, minutes, amount,
                                                                       horizon_minutes)
    if fit is None:
        return ()
    hosts = tuple(h.hypervisor_hostname for h, _ in fit.pick(amount))
    return (FollowOn(SAME_FLAVOR, FLAVOR_INSTANCE, zone, from_minute(fit.start), from_minute(fit.end), amount,
                     flavor=flavor.id, expected=hosts,
                     why=follow_on_why(f"{amount} {flavor.name} instance(s) fit", from_minute(fit.start),
                                       from_minute(start))),)
