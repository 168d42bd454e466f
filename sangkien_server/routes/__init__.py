"""HTTP routes of the central server, one module per area."""
