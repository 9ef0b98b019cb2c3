"""Test configuration: Qt runs offscreen here, whatever the machine has for a display."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
