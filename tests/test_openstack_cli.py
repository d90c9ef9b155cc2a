"""The `openstack` CLI installed with envboot loads every `reservation` command without a warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_openstack_reservation_host_list_prints_no_plugin_load_warning():
    openstack = Path(sys.executable).parent / "openstack"
    # no cloud here: the command fails to connect, but the plugin's commands load first (where the warning was)
    r = subprocess.run([str(openstack), "reservation", "host", "list", "--os-auth-type", "none",
                        "--os-endpoint", "http://127.0.0.1:9"], capture_output=True, text=True, timeout=120)
    assert "Unable to establish connection" in r.stderr, r.stderr[-500:]
    assert "Could not load" not in r.stderr, r.stderr[-500:]
