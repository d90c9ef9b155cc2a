"""Chameleon's policies as data (``chameleon.toml``, overridable with ``--policy FILE``) and pure checks."""

from envboot.planning.policy.checks import Check
from envboot.planning.policy.load import SHIPPED, load_policy
from envboot.planning.policy.model import Policy

__all__ = ["SHIPPED", "Check", "Policy", "load_policy"]
