"""Sáng kiến Desktop: offline-first initiative registry for grassroots trade unions."""

__version__ = "0.1.0"
