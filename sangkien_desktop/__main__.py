"""``python -m sangkien_desktop`` opens the desktop app."""

from sangkien_desktop.app import main

raise SystemExit(main())
