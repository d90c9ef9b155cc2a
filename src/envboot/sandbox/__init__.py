"""The sandbox: the REAL OpenStack Blazar 18 on 127.0.0.1, with fake Keystone/Nova/Placement.

``runtime`` starts and stops it, ``blazar_venv`` keeps Blazar in its own virtual environment,
``from_snapshot`` turns a snapshot into a seeding plan and ``seed`` applies it through the real
python-blazarclient.
"""
