"""Errors with documented exit codes. The CLI turns each into one line on stderr."""

from __future__ import annotations

# Exit codes (documented in the README; stable for programs that call envboot).
EXIT_OK = 0
EXIT_NO_CAPACITY = 1
EXIT_BAD_INPUT = 2
EXIT_AUTH_CONFIG = 3
EXIT_BLAZAR = 4
EXIT_VERIFY_FAILED = 5


class EnvbootError(Exception):
    """Base class: ``str(err)`` is a single line a user can act on."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))  # always one line


class InputError(EnvbootError):
    """Bad input: a file, field, flag or value. Exit code 2."""

    exit_code = EXIT_BAD_INPUT


class ConfigError(EnvbootError):
    """Missing credentials, unknown cloud, unusable configuration. Exit code 3."""

    exit_code = EXIT_AUTH_CONFIG
