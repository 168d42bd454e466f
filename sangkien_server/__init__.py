"""Reference central server of the Sáng kiến sync protocol (docs/sync-protocol.md)."""
