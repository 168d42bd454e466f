"""Reusable widgets and the controllers of composite form parts."""
