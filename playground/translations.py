"""The translation catalogues under `resources/translations/`, for the people who keep them:

    python -m playground.translations update    # the .ts sources from every playground/**.py
    python -m playground.translations release   # the .qm files the app loads, from the .ts

`update` keeps every translation already made and adds the new texts as unfinished; a
translator fills them in (Qt Linguist, or any editor) and runs `release`. The .qm files are
shipped, and a test checks that they match their .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "playground"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)


def tool(name: str) -> str:
    """The path of one of PySide6's tools (pyside6-lupdate, pyside6-lrelease): beside this
    Python, where an environment installs them, or else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; it comes with PySide6")
    return found


def source_files() -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(SOURCES.rglob("*.py"))


def catalogue(language: str, folder: Path = FOLDER, suffix: str = ".ts") -> Path:
    return folder / f"playground_{language}{suffix}"


def update(ts_file: Path, language: str) -> str:
    """Extract the texts of every source file into `ts_file`, keeping its translations; the
    tool's report."""
    command = [tool("pyside6-lupdate"), *map(str, source_files()), "-no-obsolete",
               "-source-language", "en", "-target-language", language, "-ts", str(ts_file)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def release(ts_file: Path, qm_file: Path) -> str:
    """Compile `ts_file` into `qm_file`; the tool's report."""
    command = [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m playground.translations",
                                     description="Update or compile the translation catalogues.")
    parser.add_argument("action", choices=("update", "release"))
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        ts_file = catalogue(language)
        if args.action == "update":
            print(update(ts_file, language), end="")
        else:
            print(release(ts_file, catalogue(language, suffix=".qm")), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
