"""`python -m playground` launches the app; so does the PyInstaller bundle, which runs this file
as a plain script (no parent package), hence the absolute import."""

import sys

from playground.app import main

sys.exit(main())
