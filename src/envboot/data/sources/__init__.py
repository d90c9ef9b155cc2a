"""Sources: read Blazar and reference-API data (files or live) into the typed model."""
