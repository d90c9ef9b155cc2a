"""Each zone's floating IPs for ``envboot zones`` (the floating IP kind's ``zone_summary_json``), read from
the same data directory as the hosts; a data directory without floating IP files has none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from envboot.core.timeutil import clock
from envboot.domain.model import MergedView
from envboot.kinds.floatingips.loaders import load_fip_data
from envboot.kinds.floatingips.render import zone_summary_json
from envboot.kinds.minutes import to_minute


def floating_ip_summaries(view: MergedView, data_path: Path) -> dict[str, dict[str, Any]]:
    """``{zone: summary}`` at the data's time: the zone's fetch time, else the hosts' data's (its fetch time
    or the upper bound read off it, as for the bundled snapshot), else now."""
    path = Path(data_path)
    if not path.is_dir():
        return {}
    data = load_fip_data(path, allocations_required=False)
    ref = view.data.fetched_at or view.data.fetched_before or clock()
    return {z.zone: zone_summary_json(z, z.fetched_at_minute if z.fetched_at_minute is not None else to_minute(ref))
            for z in data.zones}
