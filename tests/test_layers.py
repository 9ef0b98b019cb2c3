"""The package's layers are import contracts (pyproject.toml's [tool.importlinter]), checked here.

ui may import workers, workers the engine, the engine the file and resource helpers; never the
other way, and nothing below ui and workers imports Qt. The contracts are static; the last test
imports the whole engine to catch what only happens at run time.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
QT = ("PySide6", "shiboken6", "pyqtgraph")


def lint_imports(folder: Path) -> subprocess.CompletedProcess[str]:
    """Run the contracts of the configuration file in `folder` on the package found there."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def _ini_value(value: object) -> str:
    if isinstance(value, list):
        return "".join(f"\n    {item}" for item in value)
    return f" {value}"


def _contracts_for(package: str) -> str:
    """The project's contracts, rewritten for `package`, as an .importlinter (INI) file."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    options = dict(config["tool"]["importlinter"])
    contracts = options.pop("contracts")
    sections = [("importlinter", options)] + [
        (f"importlinter:contract:{number}", contract)
        for number, contract in enumerate(contracts, start=1)
    ]
    lines = []
    for title, entries in sections:
        lines.append(f"[{title}]")
        for key, value in entries.items():
            lines.append(f"{key} ={_ini_value(value)}".replace("playground", package))
    return "\n".join(lines) + "\n"


def test_a_broken_layer_or_a_qt_import_in_the_engine_is_reported(tmp_path):
    modules = {
        "__init__.py": "",
        "files.py": "",
        "resources.py": "",
        "ui/__init__.py": "",
        "ui/view.py": "",
        "workers/__init__.py": "",
        "workers/job.py": "from ..ui import view\n",
        "engine/__init__.py": "",
        "engine/core.py": "from .. import files\nfrom ..workers import job\n",
        "engine/plot.py": "import pyqtgraph\n",
    }
    for name, text in modules.items():
        path = tmp_path / "toy" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / ".importlinter").write_text(_contracts_for("toy"), encoding="utf-8")

    result = lint_imports(tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode != 0, report
    assert "0 kept, 2 broken" in report
    for broken in ("toy.workers.job -> toy.ui.view", "toy.engine.core -> toy.workers.job"):
        assert broken in report
    assert "toy.engine.plot -> pyqtgraph" in report


def test_importing_the_whole_engine_loads_no_qt():
    code = (
        "import pkgutil, sys, playground.engine, playground.files, playground.resources\n"
        "for module in pkgutil.walk_packages(playground.engine.__path__, 'playground.engine.'):\n"
        "    __import__(module.name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
        "assert not bad, bad\n"
        "assert 'playground.engine.trainer' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
