"""Run the REAL OpenStack Blazar 18 (API and manager in one process) for envboot's sandbox.

Runs inside Blazar's own virtual environment (stdlib + blazar only), started by path:
``<blazar venv>/bin/python blazar_server.py --config-file blazar.conf --port N``.

- API and manager share one process because ``transport_url = fake://`` only works in-process:
  the manager is ``ManagerService().start()`` (not ``oslo_service.launch``, which forks), the API
  ``VersionSelectorApplication`` served by a threaded wsgiref server on 127.0.0.1.
- SQLite gets SQLAlchemy's documented fix for ``database is locked``: pysqlite's own BEGIN off
  (oslo.db already does that), ``busy_timeout``, WAL, and ``BEGIN IMMEDIATE`` on every transaction.
- The schema comes from ``blazar.db.api.setup_db()`` (``blazar-db-manage upgrade`` fails on SQLite).
- ``created_at`` / ``updated_at`` are stored in whole seconds, as MySQL's ``DATETIME`` (Chameleon's
  database) stores them; SQLite would keep microseconds, which python-chi cannot parse.
- ``GET|POST /_envboot/cleaning_time`` (``{"cleaning_time": N}``) reads or changes Blazar's
  ``cleaning_time`` in the running process; seeding replays the snapshot with 0, then restores it.
  Blazar reads the option only when it places or moves a reservation (``_matching_hosts``).
- Blazar 18's ``fip_get_all_by_queries`` runs its query after its read session's block has ended:
  the session begins a new transaction that nothing ends until the garbage collector finds it. On
  MySQL that is a lock-free read; under the SQLite fix below it is a ``BEGIN IMMEDIATE`` holding the
  write lock, so the next query of the same lease create waited 30 s and failed ``database is
  locked`` (every ``virtual:floatingip`` lease). The sandbox closes that session when the function
  returns (the objects keep their loaded columns).
- ``GET /v1/floatingips/allocations``: the route Chameleon's Blazar (ChameleonCloud/blazar, the fork
  behind chameleon-blazarclient's ``floatingip.list_allocations``) adds and upstream Blazar 18 lacks,
  answered by Blazar 18's own ``FloatingIpPlugin.list_allocations`` (allocations from now on, one entry
  per registered address; with ``project_id``/``lease_name``/``status`` for admins), under the policy
  ``blazar:floatingips:get_allocations`` (registered here, admin by default; runtime's policy file opens
  it to every user, as for host allocations).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, fmt: str, *args) -> None:
        sys.stderr.write(f"api {self.command} {self.path.split('?')[0]} -> {args[1] if len(args) > 1 else ''}\n")


def _sqlite_fix() -> None:
    """Class-level listeners, so every engine Blazar builds (it rebuilds them) gets the fix."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import Pool

    keeper: list[sqlite3.Connection] = []

    def _connect(dbapi_connection, _record):  # noqa: ANN001
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.isolation_level = None
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA busy_timeout = 30000")
            cur.execute("PRAGMA synchronous = NORMAL")  # WAL: no fsync per commit (no power-loss safety needed)
            if not keeper:
                # WAL is a property of the database file: set once. oslo.db gives SQLite a NullPool (a
                # connection per session), and when the last connection closes SQLite checkpoints and
                # deletes the WAL: one connection held open for the server's life keeps that off every
                # request (the 132-host list: 751 -> 636 ms, docs/sandbox.md).
                cur.execute("PRAGMA journal_mode = WAL")
                path = next((row[2] for row in cur.execute("PRAGMA database_list") if row[1] == "main"), "")
                if path:
                    keeper.append(sqlite3.connect(path, check_same_thread=False))
            cur.close()

    def _begin(conn):  # noqa: ANN001
        # Runs before oslo.db's own listener, which would emit a deferred BEGIN unless it sees this flag.
        if conn.dialect.name == "sqlite" and "in_transaction" not in conn.info:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            conn.info["in_transaction"] = True

    event.listen(Pool, "connect", _connect)
    event.listen(Engine, "begin", _begin)


def _whole_seconds() -> None:
    """Store ``created_at`` / ``updated_at`` without microseconds, as MySQL ``DATETIME`` does.

    oslo.db's ``TimestampMixin`` fills them with ``utcnow()`` through the columns' default and
    onupdate callables, evaluated when a statement executes; replace those callables' function.
    (Setting the attributes in ORM flush events is not enough: an UPDATE in the same second as the
    previous one leaves the attribute "unchanged", and SQLAlchemy then runs the onupdate.)"""
    from blazar.db.sqlalchemy import model_base, models  # noqa: F401 - models registers the tables
    from oslo_utils import timeutils
    from sqlalchemy.sql.schema import CallableColumnDefault

    def whole_second_now(_context=None):  # noqa: ANN001
        return timeutils.utcnow().replace(microsecond=0)

    for table in model_base.BlazarBase.metadata.tables.values():
        for name in ("created_at", "updated_at"):
            column = table.c.get(name)
            for default in (column.default, column.onupdate) if column is not None else ():
                if isinstance(default, CallableColumnDefault):
                    default.arg = whole_second_now


def _close_leaked_sessions() -> None:
    """End the transaction Blazar's query-after-the-session functions leave open (see the module doc)."""
    import functools
    import gc

    from blazar.db.sqlalchemy import api as sa_api
    from sqlalchemy.orm import object_session

    def closing(fn):  # noqa: ANN001, ANN202
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            result = fn(*args, **kwargs)
            rows = result if isinstance(result, list) else [result]
            sessions = {id(s): s for s in (object_session(r) for r in rows if r is not None) if s is not None}
            for session in sessions.values():
                session.close()
            if not sessions:  # nothing loaded, so no handle on the session: let the collector end it now
                gc.collect()
            return result
        return wrapped

    # (instance_reservation_get has the same pattern; the flavor plugin has not been seen to wait on it)
    sa_api.fip_get_all_by_queries = closing(sa_api.fip_get_all_by_queries)


CONTROL_PATH = "/_envboot/cleaning_time"


def _with_control(app, conf):  # noqa: ANN001
    """Blazar's WSGI app, plus one local route to read or change ``cleaning_time`` at run time."""

    def wrapped(environ, start_response):  # noqa: ANN001
        if environ.get("PATH_INFO") != CONTROL_PATH:
            return app(environ, start_response)
        status = "200 OK"
        if environ.get("REQUEST_METHOD") == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
                value = int(json.loads(environ["wsgi.input"].read(length))["cleaning_time"])
                if value < 0:
                    raise ValueError(value)
                conf.set_override("cleaning_time", value)
            except (ValueError, KeyError, TypeError):
                status = "400 Bad Request"
        body = json.dumps({"cleaning_time": conf.cleaning_time, "pid": os.getpid()}).encode()
        start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]

    return wrapped


def _floatingip_allocations(manager) -> None:  # noqa: ANN001
    """Chameleon's ``GET /v1/floatingips/allocations`` on Blazar 18's floating IP blueprint (before the
    app is built), served by the running manager's plugin (API and manager share this process)."""
    from blazar import context, policies, policy
    from blazar.api.v1 import utils as api_utils
    from blazar.api.v1.floatingips import v1_0
    from blazar.policies import base, floatingips
    from oslo_policy import policy as oslo_policy

    plugin = manager.plugins.get("virtual:floatingip")
    if plugin is None:
        return
    floatingips.floatingips_policies.append(oslo_policy.DocumentedRuleDefault(
        name="blazar:floatingips:get_allocations", check_str=base.RULE_ADMIN,
        description="List floating IP allocations (Chameleon's route).",
        operations=[{"path": "/{api_version}/floatingips/allocations", "method": "GET"}], scope_types=["project"]))
    assert policies  # the list above is read by policies.list_rules() when the enforcer starts

    @v1_0.rest.get("/allocations", query=True)
    def floatingip_allocations_list(req, query):  # noqa: ANN001, ANN202
        ctx = context.current()
        policy.enforce(ctx, "blazar:floatingips:get_allocations", {"project_id": ctx.project_id})
        detail = bool(policy.enforce(ctx, "admin", {}, do_raise=False))
        return api_utils.render(allocations=plugin.list_allocations(query, detail=detail))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config-file", required=True)
    ap.add_argument("--port", type=int, required=True)
    args = ap.parse_args(argv)
    # Bind first, before Blazar's imports (seconds): a port lost to another process ends this one at
    # once with a clear line, instead of after the manager's non-daemon threads have started.
    try:
        server = ThreadingWSGIServer(("127.0.0.1", args.port), QuietHandler)
    except OSError as exc:
        sys.stderr.write(f"blazar cannot listen on 127.0.0.1:{args.port}: {exc}\n")
        sys.stderr.flush()
        os._exit(98)

    import gettext

    gettext.install("blazar")
    # Import what registers Blazar's options before the config file is parsed (as its own cmds do).
    from blazar.api import app as wsgi_app
    from blazar.db import api as db_api
    from blazar.db.sqlalchemy import facade_wrapper
    from blazar.manager import service as manager_service
    from blazar.notification import notifier
    from blazar.utils import service as service_utils
    from oslo_config import cfg
    from oslo_log import log as logging

    if "log_config_append" not in cfg.CONF:
        logging.register_options(cfg.CONF)
    cfg.CONF(["--config-file", args.config_file], project="blazar", prog="envboot-sandbox-blazar")
    service_utils.prepare_service([])
    db_api.setup_db()
    _sqlite_fix()
    _whole_seconds()
    _close_leaked_sessions()
    facade_wrapper._clear_engine()  # start from engines built with the fix
    notifier.init()
    manager = manager_service.ManagerService()
    manager.start()
    _floatingip_allocations(manager)

    server.set_app(_with_control(wsgi_app.VersionSelectorApplication(), cfg.CONF))

    def stop(_signum, _frame) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sys.stderr.write(f"blazar listening on http://127.0.0.1:{args.port}\n")
    sys.stderr.flush()
    server.serve_forever()
    sys.stderr.write("blazar stopping\n")
    sys.stderr.flush()
    os._exit(0)  # the manager's threads are not daemons: leave without waiting for them


if __name__ == "__main__":
    main()
