import sys

from sangkien_desktop.cli import main

sys.exit(main())
