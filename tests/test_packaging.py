"""The app as people install it: the PyInstaller bundle and the wheel, each built into a
temporary folder and started with --screenshot after training. The slowest tests of the suite
(about a minute together); `-m "not packaging"` leaves them out while working."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "examples/circle.json"
CATALOGUE = "translations/playground_ko.qm"  # the app's Korean texts
SCREEN = (1280, 800)
# What the checkout holds besides the sources; none of it may reach the wheel.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
)

pytestmark = pytest.mark.packaging


def run(command: list[str], cwd: Path, timeout: float = 180) -> str:
    """Run a command in a folder; its output, or a failure that shows the output."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{command[0]} failed ({done.returncode}):\n{output[-4000:]}"
    return output


def screenshot_after_training(program: list[str], example: Path, out: Path) -> None:
    """Start the app, train the example 20 epochs and check the saved window: 1280×800, drawn."""
    run([*program, "--screenshot", str(out), "--config", str(example), "--epochs", "20"],
        cwd=out.parent)
    image = QImage(str(out))
    assert (image.width(), image.height()) == SCREEN
    colours = {image.pixel(x, y) for x in range(0, SCREEN[0], 16) for y in range(0, SCREEN[1], 16)}
    assert len(colours) > 50  # panels, plots, the map and the network, not one flat colour


def test_bundle_starts_trains_and_leaves_out_what_the_app_does_not_use(tmp_path, qapp):
    dist, work = tmp_path / "dist", tmp_path / "work"
    run([sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm",
         "--distpath", str(dist), "--workpath", str(work)], cwd=ROOT, timeout=300)
    bundle = dist / "playground"
    shipped = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*")}
    example = next(bundle.glob(f"*/resources/{EXAMPLE}"))  # where resource_path looks
    screenshot_after_training([str(bundle / "playground")], example, tmp_path / "bundle.png")

    for left_out in ("PySide6/QtNetwork", "PySide6/QtDBus", "PySide6/QtQml", "PySide6/QtQuick",
                     "PySide6/QtTest", "libQt6Network", "libqeglfs", "libqvnc", "/_ssl.",
                     "/_tkinter."):
        assert not any(left_out in path for path in shipped), left_out
    qt_translations = {Path(p).name for p in shipped if "Qt/translations/" in p}
    assert qt_translations <= {"qt_ko.qm", "qtbase_ko.qm"}
    assert any(path.endswith(f"resources/{CATALOGUE}") for path in shipped)
    assert not any("screenshots" in p for p in shipped)


def test_wheel_installs_into_a_fresh_environment_and_runs(tmp_path, qapp):
    source, wheels, venv = tmp_path / "source", tmp_path / "wheels", tmp_path / "venv"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    built = run([sys.executable, "-m", "build", "--wheel", "--outdir", str(wheels), str(source)],
                cwd=tmp_path)
    assert "deprecat" not in built.lower()  # the licence was a deprecated table
    wheel = next(wheels.glob("playground-*.whl"))
    in_wheel = zipfile.ZipFile(wheel).namelist()
    assert any(name.endswith(f"share/playground/resources/{EXAMPLE}") for name in in_wheel)
    assert any(name.endswith(f"share/playground/resources/{CATALOGUE}") for name in in_wheel)
    assert not any("screenshots" in name for name in in_wheel)

    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = str(venv / "bin" / "python")

    def in_venv(code: str) -> str:
        return run([python, "-c", code], cwd=tmp_path).strip()

    # The fresh environment finds this one's dependencies (PySide6, pyqtgraph, NumPy) after its
    # own packages, so nothing is downloaded; the playground it imports is the wheel's.
    own_site = Path(in_venv("import sysconfig; print(sysconfig.get_path('purelib'))"))
    here = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (own_site / "dependencies.pth").write_text("\n".join(sorted(here)) + "\n", encoding="utf-8")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         str(wheel)], cwd=tmp_path)

    found = in_venv("import playground.resources as r; print(r.__file__); "
                    f"print(r.resource_path('{EXAMPLE}'))").split()
    assert all(Path(path).is_relative_to(venv) for path in found), found
    screenshot_after_training([str(venv / "bin" / "playground")], Path(found[1]),
                              tmp_path / "wheel.png")
