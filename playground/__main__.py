"""`python -m playground` launches the app."""

import sys

from .app import main

sys.exit(main())
