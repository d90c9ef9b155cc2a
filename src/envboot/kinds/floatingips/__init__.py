"""``virtual:floatingip``: reservable public addresses (Blazar's ``floatingips`` plugin), the third kind.

- ``model``: a zone's addresses (``FloatingIp``, in Blazar's list order) and their reservations in whole minutes;
- ``loaders``: ``floatingips.json`` and ``floatingip_allocations.json`` of a zone directory (refresh's files);
- ``fetch``: those files from Blazar (``GET /v1/floatingips`` and Chameleon's ``GET /v1/floatingips/allocations``);
- ``engine``: exact to the minute: the free addresses of a network in a window (cleaning time on both sides,
  touching free), the ones Blazar takes (required, then never allocated, then previously allocated), the
  earliest start, capacity over time (hypothesis-tested against a minute-stepping oracle);
- ``planner``: ``FipRequest`` → ranked ``FipOption``s (base, time shift, zone change);
- ``verify``: a created reservation against fresh allocations (its addresses, their window, no double booking);
- ``render``: table rows and JSON documents; ``kind``: ``KIND``, the protocol object (also a companion kind).

Blazar refuses a shortage with HTTP 400 ``Not enough floating IPs available`` (also for a taken required
address and an unknown network, which it does not look up at create); more required addresses than
``amount`` is 400 ``Invalid values for required_floatingips and amount. ...`` (``FipRequest`` refuses it
first). The reservation in a lease shows ``network_id``, ``amount`` and ``required_floatingips``, never the
addresses: they come from the allocations (and, after the start, Neutron's ``reservation:<id>`` tags).
"""
