"""One real Blazar for the whole test session (seeded from the bundled CHI@UC snapshot; from the cached
seeded database when an earlier run or `envboot sandbox up` left one, see envboot.sandbox.seed_cache).

If it cannot start, every test that needs it FAILS with the reason: never a skip.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.sandbox import enforcement, from_snapshot, runtime, seed, seed_cache


@pytest.fixture(scope="session")
def seed_plan():
    return from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT)


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory, seed_plan):
    home = tmp_path_factory.mktemp("sandbox") / "main"
    progress: list[tuple[str, int, int]] = []
    try:
        # Blazar's MaxLeaseDurationFilter at 7 days, as on Chameleon's bare-metal sites
        info, result = seed_cache.up_seeded(home, seed_plan, BUNDLED_SNAPSHOT, name="tests",
                                            enforcement=enforcement.CHAMELEON,
                                            on_seed_progress=lambda *call: progress.append(call))
    except Exception as exc:  # noqa: BLE001
        runtime.down(home)
        pytest.fail(f"the sandbox (real Blazar) could not start or be seeded: {exc}", pytrace=False)
    info.seed_result = result  # type: ignore[attr-defined]
    info.seed_progress = progress  # type: ignore[attr-defined]
    yield info
    runtime.down(home)


@pytest.fixture
def demo(sandbox):
    """python-blazarclient as the sandbox's ordinary user; leases it creates are deleted afterwards."""
    client = seed.client_for(sandbox, "demo")
    before = {lease["id"] for lease in client.lease.list()}
    yield client
    for lease in client.lease.list():
        if lease["id"] not in before:
            with contextlib.suppress(Exception):  # best effort: a STARTING lease cannot be deleted yet
                client.lease.delete(lease["id"])


@pytest.fixture
def unique():
    return lambda prefix="t": f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def user_env(sandbox):
    """The environment a Chameleon user has after sourcing an OpenRC file, pointed at the sandbox."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(sandbox.user_env("demo"))
    return env


@pytest.fixture
def openstack_cli():
    """The real `openstack` CLI installed with envboot (python-openstackclient + blazarclient's plugin)."""
    path = Path(sys.executable).parent / "openstack"
    assert path.exists(), f"{path} missing: install envboot with pip install -e ."
    return path
