"""Start, stop and describe a sandbox: fake Keystone/Nova/Placement + the real Blazar, on 127.0.0.1.

State lives in ``ENVBOOT_SANDBOX_HOME`` or ``<user state dir>/envboot/sandbox/<name>``: config,
SQLite database, logs, ``sandbox.json`` (ports, pids, region) and ``clouds.yaml``. ``down`` stops
only the processes whose pids it saved (after checking they are still ours), then removes it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from envboot.core.errors import EnvbootError
from envboot.core.fsutil import atomic_write_text
from envboot.sandbox import blazar_venv
from envboot.sandbox.enforcement import Enforcement

HERE = Path(__file__).resolve().parent
READY_TIMEOUT_S = 60
PORT_ATTEMPTS = 3
CLOUD_NAME = "envboot-sandbox"
# Throwaway credentials of a local sandbox; they protect nothing and are printed by `env` on purpose.
USERS = {
    "admin": {"id": "u-admin", "password": "sandbox-admin", "project": "admin", "roles": ["admin", "member", "reader"]},
    "blazar": {"id": "u-blazar", "password": "sandbox-service", "project": "service",
               "roles": ["admin", "member", "reader"]},
    "demo": {"id": "u-demo", "password": "sandbox-demo", "project": "demo", "roles": ["member", "reader"]},
    # a second ordinary user in a project of its own (no leases unless a test makes some)
    "guest": {"id": "u-guest", "password": "sandbox-guest", "project": "guest", "roles": ["member", "reader"]},
}
# Chameleon's OpenRC files name keystoneauth plugins ``v3...``; python-chi reads OS_* only for those.
AUTH_TYPE = "v3password"
# Blazar's floating IP plugin (``blazar.plugins.floatingips.floatingip_plugin:FloatingIpPlugin``) runs in every
# sandbox: its reservable addresses live in Blazar's database, it calls Neutron (the fake) only at lease start/end.
FLOATINGIP_PLUGIN = "virtual.floatingip.plugin"
PLUGINS = ("physical.host.plugin", FLOATINGIP_PLUGIN)
FLAVOR_PLUGIN = "flavor.instance.plugin"  # blazar.plugins.flavor.flavor_plugin:FlavorPlugin (KVM@TACC's)
# Chameleon lets users list hosts and allocations; upstream Blazar's default is admin only.
# Chameleon's Blazar also answers GET /v1/floatingips/allocations (blazar_server.py adds it), for any user.
POLICY = {"blazar:oshosts:get": "@", "blazar:oshosts:get_allocations": "@",
          "blazar:oshosts:get_resource_properties": "@", "blazar:floatingips:get_allocations": "@"}


@dataclass
class SandboxInfo:
    name: str
    home: str
    region: str
    keystone_port: int
    blazar_port: int
    fake_pid: int
    blazar_pid: int
    venv: str
    cleaning_time: int = 0  # minutes, as in blazar.conf

    @property
    def flavor_plugin(self) -> bool:
        """Blazar loads its ``flavor:instance`` plugin too (read from blazar.conf, so ``sandbox.json`` and
        ``status`` keep their shape)."""
        try:
            return FLAVOR_PLUGIN in (Path(self.home) / "blazar.conf").read_text()
        except OSError:
            return False

    @property
    def auth_url(self) -> str:
        return f"http://127.0.0.1:{self.keystone_port}/identity/v3"

    @property
    def blazar_url(self) -> str:
        return f"http://127.0.0.1:{self.blazar_port}"

    @property
    def control_url(self) -> str:
        return f"http://127.0.0.1:{self.keystone_port}/control"

    def user_env(self, user: str = "demo") -> dict[str, str]:
        u = USERS[user]
        return {
            "OS_AUTH_URL": self.auth_url, "OS_AUTH_TYPE": AUTH_TYPE, "OS_IDENTITY_API_VERSION": "3",
            "OS_USERNAME": user, "OS_PASSWORD": u["password"], "OS_PROJECT_NAME": u["project"],
            "OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_DOMAIN_NAME": "Default",
            "OS_REGION_NAME": self.region, "OS_INTERFACE": "public",
        }


def default_home(name: str = "default", env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_SANDBOX_HOME"):
        return Path(env["ENVBOOT_SANDBOX_HOME"])
    return Path(platformdirs.user_state_dir("envboot")) / "sandbox" / name


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def up(home: Path, *, region: str, port: int | None = None, name: str = "default", cleaning_time: int = 0,
       on_progress=None, flavor_plugin: bool = False, prepare=None,
       enforcement: Enforcement | None = None) -> SandboxInfo:
    """Start a sandbox in ``home`` (which must not hold a running one). ``flavor_plugin``: Blazar also
    loads its ``flavor:instance`` plugin (``flavor.instance.plugin``), as a KVM site does. ``enforcement``:
    Blazar's usage enforcement filters, as Chameleon runs them (see sandbox.enforcement). ``prepare(home)``
    runs before each start of the servers: it may put a database (``blazar.sqlite``) and the fake's
    state (``fake_state.json``) in place (see seed_cache)."""
    if (home / "sandbox.json").exists():
        current = status(home)
        if current["running"]:
            raise EnvbootError(f"sandbox {name}: already running ({home}); 'envboot sandbox down' first")
        _cleanup(home)
    venv = blazar_venv.ensure(on_progress=on_progress)
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    (home / "lock").mkdir(exist_ok=True)
    atomic_write_text(home / "users.json", json.dumps(USERS), mode=0o600)
    atomic_write_text(home / "policy.json", json.dumps(POLICY), mode=0o600)
    # Ports are picked free, then bound by the servers: another sandbox starting at the same moment
    # (two test workers) can take one in between. A server that loses its port exits, and a port
    # answered by someone else's server fails the identity check: then start again on new ports.
    for attempt in range(1, PORT_ATTEMPTS + 1):
        if prepare is not None:
            prepare(home)
        info = _start(home, venv, region, port, name, cleaning_time, flavor_plugin, enforcement)
        try:
            _wait_ready(info)
            return info
        except _LostPort:
            _stop_processes(info)
            if attempt == PORT_ATTEMPTS or port is not None:
                down(home)
                raise EnvbootError(f"sandbox {name}: could not bind its ports after {attempt} attempt(s) "
                                   f"(see {home}/*.log)") from None
        except EnvbootError:
            down(home)
            raise
    raise AssertionError("unreachable")


class _LostPort(Exception):
    """A sandbox server exited before answering, or its port answers for another server."""


def _start(home: Path, venv: Path, region: str, port: int | None, name: str, cleaning_time: int,
           flavor_plugin: bool, enforcement: Enforcement | None = None) -> SandboxInfo:
    keystone_port = free_port()
    blazar_port = port or free_port()
    while blazar_port == keystone_port:
        blazar_port = free_port()
    atomic_write_text(home / "blazar.conf", _blazar_conf(home, region, keystone_port, cleaning_time,
                                                         PLUGINS + (FLAVOR_PLUGIN,) * flavor_plugin)
                      + (enforcement.conf() if enforcement else ""), mode=0o600)
    fake = _spawn([str(blazar_venv.python(venv)), str(HERE / "fake_openstack.py"), "--port", str(keystone_port),
                   "--region", region, "--blazar-url", f"http://127.0.0.1:{blazar_port}",
                   "--users", str(home / "users.json")]
                  + (["--restore", str(home / "fake_state.json")] if (home / "fake_state.json").exists() else []),
                  home / "fake_openstack.log")
    blazar = _spawn([str(blazar_venv.python(venv)), str(HERE / "blazar_server.py"), "--config-file",
                     str(home / "blazar.conf"), "--port", str(blazar_port)], home / "blazar_server.log")
    info = SandboxInfo(name, str(home), region, keystone_port, blazar_port, fake.pid, blazar.pid, str(venv),
                       cleaning_time)
    atomic_write_text(home / "sandbox.json", json.dumps(asdict(info), indent=1) + "\n", mode=0o600)
    write_clouds_yaml(info)
    return info


def _stop_processes(info: SandboxInfo) -> None:
    for pid, script in ((info.blazar_pid, "blazar_server.py"), (info.fake_pid, "fake_openstack.py")):
        if _is_ours(pid, script):
            _stop(pid)


def load(home: Path) -> SandboxInfo:
    path = home / "sandbox.json"
    if not path.exists():
        raise EnvbootError(f"no sandbox in {home}; start one with 'envboot sandbox up'")
    return SandboxInfo(**json.loads(path.read_text()))


def status(home: Path) -> dict:
    """What runs; raises EnvbootError when ``home`` holds no sandbox (see :func:`describe`)."""
    info = load(home)
    fake_ok, blazar_ok = _is_ours(info.fake_pid, "fake_openstack.py"), _is_ours(info.blazar_pid, "blazar_server.py")
    return {**asdict(info), "running": fake_ok and blazar_ok, "fake_running": fake_ok, "blazar_running": blazar_ok,
            "logs": [str(home / "fake_openstack.log"), str(home / "blazar_server.log"), str(home / "blazar.log")],
            "clouds_yaml": str(home / "clouds.yaml"), "auth_url": info.auth_url, "blazar_url": info.blazar_url}


def describe(home: Path, name: str = "default") -> dict:
    """Like :func:`status`, but a sandbox that is not there is an answer (``running: false``), not an error."""
    if not (home / "sandbox.json").exists():
        return {"name": name, "home": str(home), "running": False, "fake_running": False, "blazar_running": False}
    return status(home)


def get_cleaning_time(info: SandboxInfo) -> int:
    """The ``cleaning_time`` the running Blazar uses now (minutes)."""
    with urllib.request.urlopen(f"{info.blazar_url}/_envboot/cleaning_time", timeout=30) as resp:
        return int(json.load(resp)["cleaning_time"])


def set_cleaning_time(info: SandboxInfo, minutes: int) -> int:
    """Change the running Blazar's ``cleaning_time`` (it is read only when a reservation is placed)."""
    req = urllib.request.Request(f"{info.blazar_url}/_envboot/cleaning_time",
                                 data=json.dumps({"cleaning_time": minutes}).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        now = int(json.load(resp)["cleaning_time"])
    if now != minutes:
        raise EnvbootError(f"sandbox: Blazar kept cleaning_time {now}, asked {minutes}")
    return now


def down(home: Path) -> list[int]:
    """Stop the processes this sandbox started (by saved pid) and remove its state directory."""
    stopped: list[int] = []
    if (home / "sandbox.json").exists():
        info = load(home)
        for pid, script in ((info.blazar_pid, "blazar_server.py"), (info.fake_pid, "fake_openstack.py")):
            if _is_ours(pid, script):
                _stop(pid)
                stopped.append(pid)
    _cleanup(home)
    return stopped


def env_lines(info: SandboxInfo, user: str = "demo") -> list[str]:
    return [f"export {k}={_quote(v)}" for k, v in info.user_env(user).items()]


def write_clouds_yaml(info: SandboxInfo) -> Path:
    """A clouds.yaml with one entry (``envboot-sandbox``): use with OS_CLIENT_CONFIG_FILE + --os-cloud."""
    env = info.user_env()
    text = (f"clouds:\n  {CLOUD_NAME}:\n    auth:\n      auth_url: {env['OS_AUTH_URL']}\n"
            f"      username: {env['OS_USERNAME']}\n      password: {env['OS_PASSWORD']}\n"
            f"      project_name: {env['OS_PROJECT_NAME']}\n      user_domain_name: Default\n"
            f"      project_domain_name: Default\n    region_name: \"{info.region}\"\n"
            f"    interface: public\n    identity_api_version: 3\n")
    path = Path(info.home) / "clouds.yaml"
    atomic_write_text(path, text, mode=0o600)
    return path


# -- internals -------------------------------------------------------------------------------------
def _blazar_conf(home: Path, region: str, keystone_port: int, cleaning_time: int = 0,
                 plugins: tuple[str, ...] = PLUGINS) -> str:
    svc = USERS["blazar"]
    auth = f"http://127.0.0.1:{keystone_port}/identity/v3"
    return f"""[DEFAULT]
host = 127.0.0.1
transport_url = fake://
executor_thread_pool_size = 1
cleaning_time = {cleaning_time}
os_auth_protocol = http
os_auth_host = 127.0.0.1
os_auth_port = {keystone_port}
os_auth_prefix = identity
os_auth_version = v3
os_admin_username = blazar
os_admin_password = {svc['password']}
os_admin_project_name = {svc['project']}
os_admin_user_domain_name = Default
os_admin_project_domain_name = Default
os_region_name = {region}
endpoint_type = public
log_file = {home / 'blazar.log'}
[manager]
plugins = {','.join(plugins)}
[database]
connection = sqlite:///{home / 'blazar.sqlite'}
[keystone_authtoken]
auth_type = password
auth_url = {auth}
www_authenticate_uri = {auth}
username = blazar
password = {svc['password']}
project_name = {svc['project']}
user_domain_name = Default
project_domain_name = Default
interface = public
region_name = {region}
[nova]
aggregate_freepool_name = freepool
az_aware = False
[oslo_policy]
policy_file = {home / 'policy.json'}
[oslo_messaging_notifications]
driver = noop
[oslo_concurrency]
lock_path = {home / 'lock'}
"""


def _spawn(argv: list[str], log: Path) -> subprocess.Popen:
    with open(log, "ab") as fh:
        return subprocess.Popen(argv, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, cwd=log.parent)


def _wait_ready(info: SandboxInfo) -> None:
    """Wait until each server answers its identity endpoint with its own pid (not another sandbox's server)."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    checks = [(f"{info.control_url}/state", "fake Keystone/Nova/Placement", "fake_openstack.log", info.fake_pid),
              (f"{info.blazar_url}/_envboot/cleaning_time", "Blazar", "blazar.log", info.blazar_pid)]
    for url, what, log, pid in checks:
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    answered = json.load(resp).get("pid")
                if answered == pid:
                    break
                raise ValueError(f"port answered by pid {answered}")
            except (OSError, ValueError, AttributeError):  # not up yet, or another server on the port
                if not _alive(pid):
                    raise _LostPort from None
                if time.monotonic() > deadline:
                    tail = _tail(Path(info.home) / log) or _tail(Path(info.home) / "blazar_server.log")
                    raise EnvbootError(
                        f"sandbox: {what} did not start (see {Path(info.home) / log}): {tail}") from None
                time.sleep(0.2)


def _tail(path: Path, lines: int = 3) -> str:
    if not path.exists():
        return ""
    text = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    return " | ".join(text[-lines:])[-500:]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


def _is_ours(pid: int, script: str) -> bool:
    """The pid is alive and still runs our script (pids get reused)."""
    if not pid or not _alive(pid):
        return False
    try:
        return script in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def _stop(pid: int, timeout: float = 10.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _cleanup(home: Path) -> None:
    import shutil

    if home.exists():
        shutil.rmtree(home, ignore_errors=True)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\"'\"'") + "'"
