"""Chameleon's policies as data (``chameleon.toml``, overridable with ``--policy FILE``) and pure checks."""

from .checks import Check
from .load import SHIPPED, load_policy
from .model import Policy

__all__ = ["SHIPPED", "Check", "Policy", "load_policy"]
