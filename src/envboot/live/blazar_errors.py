"""What a failed Blazar call means, and so what to do next (see blazar-facts §4).

python-blazarclient raises ``BlazarClientException("ERROR: <message>")`` for every HTTP status
>= 400 with the real status in ``exc.kwargs["code"]`` (``exc.code`` is always 500). Capacity
refusals are 500s too, so the message decides. Transport failures come from keystoneauth1.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from envboot.core.errors import EXIT_AUTH_CONFIG, EXIT_BLAZAR, EnvbootError


class Failure(StrEnum):
    capacity = "capacity"  # not enough hosts (or floating IPs): re-plan and try the next option
    bad_request = "bad_request"  # 400: our request is wrong; stop
    policy = "policy"  # 403 policy: stop
    max_duration = "max_duration"  # 403 lease too long: stop
    su_balance = "su_balance"  # not enough Service Units / allocation expired: stop
    auth = "auth"  # 401 / credentials: stop
    not_found = "not_found"  # 404
    ambiguous = "ambiguous"  # timeout, connection lost, other 5xx, garbled reply: the call MAY have worked
    other = "other"
    unknown = "unknown"  # an ambiguous create whose outcome could not be looked up: never retry blindly


STOP = {Failure.bad_request, Failure.policy, Failure.max_duration, Failure.su_balance, Failure.auth,
        Failure.not_found, Failure.other}


@dataclass(frozen=True, slots=True)
class Classified:
    kind: Failure
    status: int | None
    message: str


def classify(exc: BaseException) -> Classified:
    from blazarclient.exception import BlazarClientException
    from keystoneauth1 import exceptions as ks

    message = " ".join(str(exc).split())
    if message.startswith("ERROR: "):
        message = message[len("ERROR: "):]
    message = message[:500]
    if isinstance(exc, BlazarClientException):
        status = exc.kwargs.get("code") if isinstance(exc.kwargs, dict) else None
        return Classified(_by_status(status, message), status, message)
    if isinstance(exc, ks.http.Unauthorized | ks.auth.AuthorizationFailure | ks.MissingAuthPlugin):
        return Classified(Failure.auth, 401, message)
    if isinstance(exc, ks.http.HttpError):
        return Classified(_by_status(exc.http_status, message), exc.http_status, message)
    if isinstance(exc, ks.ConnectionError | ks.connection.ConnectTimeout | ValueError | OSError):
        return Classified(Failure.ambiguous, None, message or type(exc).__name__)
    return Classified(Failure.ambiguous, None, f"{type(exc).__name__}: {message}")


def _by_status(status: int | None, message: str) -> Failure:
    low = message.lower()
    if ("not enough hosts available" in low or "not enough resources available" in low
            or "not enough floating ips available" in low):  # the floating IP plugin's (HTTP 400)
        return Failure.capacity
    if " sus" in low or "su balance" in low or "would spend" in low or "allocation" in low and "expire" in low:
        return Failure.su_balance
    if status == 401:
        return Failure.auth
    if status == 403:
        return Failure.max_duration if "maximum lease duration" in low else Failure.policy
    if status == 404:
        return Failure.not_found
    if status is not None and 400 <= status < 500:
        return Failure.bad_request
    if status is None or status >= 500:
        return Failure.ambiguous
    return Failure.other


class BlazarCallError(EnvbootError):
    """A Blazar call that failed, as one line with the exit code its kind means."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def call_blazar(fn, what: str, missing_ok: bool = False):
    """``fn()``; a failure becomes one line naming ``what`` and its exit code (``missing_ok``: a 404 is None)."""
    try:
        return fn()
    except EnvbootError:
        raise
    except Exception as exc:  # noqa: BLE001 - classified into one line and an exit code
        c = classify(exc)
        if missing_ok and c.kind is Failure.not_found:
            return None
        code = EXIT_AUTH_CONFIG if c.kind is Failure.auth else EXIT_BLAZAR
        raise BlazarCallError(f"{what}: {c.kind}: {c.message}", code) from None
