"""Qt item models over service DTOs (ARCHITECTURE.md decision D5)."""
