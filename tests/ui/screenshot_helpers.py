"""Screenshots of a view at the size it has in the window: taken by a test (to prove they can
be) and by running the test file itself, `python tests/ui/test_X.py DIR`, to look at them."""

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

Saver = Callable[[Path], list[Path]]


def assert_saved(paths: list[Path]) -> None:
    assert paths and all(path.stat().st_size > 1000 for path in paths)


def save_from_command_line(save: Saver) -> None:
    """Save the screenshots into the folder named on the command line (default: here)."""
    _app = QApplication.instance() or QApplication([])
    for saved in save(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(saved)
