"""envboot: find, plan and reserve bare-metal capacity on Chameleon Cloud (OpenStack Blazar)."""

__version__ = "0.1.0"
