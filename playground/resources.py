"""The one way to find a file in `resources/`: in a source checkout, an installed wheel, or a
PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")  # build.spec puts them there
    found.append(Path(__file__).resolve().parent.parent / "resources")  # a source checkout
    # An installed wheel: pyproject's data-files put them under the environment's prefix.
    found.append(Path(sys.prefix) / "share" / "playground" / "resources")
    return found


def resource_path(name: str) -> Path:
    """The path of `resources/<name>`; FileNotFoundError names every place that was looked in."""
    places = _candidates()
    for folder in places:
        path = folder / name
        if path.exists():
            return path
    where = ", ".join(str(p) for p in places)
    raise FileNotFoundError(f"resource {name!r} not found in: {where}")
