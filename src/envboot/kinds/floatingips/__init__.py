"""``virtual:floatingip``: reservable public addresses (Blazar's ``floatingips`` plugin), the third kind."""
