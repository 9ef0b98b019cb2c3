"""Child processes of the benchmark: the app runs in its own process, offscreen, with fresh
settings, so no earlier session is restored and the benchmark's own windows leave no trace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Any

CONFIG = "PLAYGROUND_BENCH_CONFIG"


def child_environment(config_dir: str) -> dict[str, str]:
    """Qt's offscreen platform, and settings and the autosave kept in `config_dir`."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config_dir,
                PLAYGROUND_AUTOSAVE_DIR=config_dir, **{CONFIG: config_dir})


def use_private_settings() -> None:
    """In a child: every QSettings() lives in the parent's throwaway folder, on any system."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ[CONFIG])


def run_child(module: str, args: list[str], timeout: float) -> dict[str, Any]:
    """Run `python -m module args`; the JSON object it prints last."""
    with tempfile.TemporaryDirectory() as config_dir:
        done = subprocess.run(
            [sys.executable, "-m", module, *args], capture_output=True, text=True,
            timeout=timeout, env=child_environment(config_dir),
        )
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])
