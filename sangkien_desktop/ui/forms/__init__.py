"""Generated form classes (``ui_<name>.py``); rebuild with ``python scripts/build_forms.py``."""
