"""Dialogs, one module each; they reach services only through the TaskRunner."""
