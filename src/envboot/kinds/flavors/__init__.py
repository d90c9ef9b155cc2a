"""``flavor:instance`` (KVM instances of a Nova flavor): model, loaders, engine, planner, lease body.

Mirrors Blazar 18's ``blazar/plugins/flavor/flavor_plugin.py``; see docs/planner.md, flavor:instance.
"""
