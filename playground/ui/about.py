"""Help → About: what the playground is, and the versions it runs on, as text to copy into a
question or a bug report."""

from __future__ import annotations

import platform
from importlib import metadata

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import __version__

OPTIONAL_PACKAGES = ("onnx", "onnxruntime")  # named when installed


def versions() -> list[tuple[str, str]]:
    """(name, version) of the app and everything it runs on; optional packages when installed."""
    found = [
        ("Neural Network Playground", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", pyqtgraph.__version__),
        ("NumPy", numpy.__version__),
    ]
    for package in OPTIONAL_PACKAGES:
        try:
            found.append((package, metadata.version(package)))
        except metadata.PackageNotFoundError:
            continue
    return found


def versions_text() -> str:
    """One "name version" line each, and the system."""
    lines = [f"{name} {version}" for name, version in versions()]
    lines.append(f"{platform.system()} {platform.release()} ({platform.machine()})")
    return "\n".join(lines)


class AboutDialog(QDialog):
    """The app in a sentence, and the versions in a box that can be selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Neural Network Playground"))
        intro = QLabel(self.tr(
            "<b>Neural Network Playground</b> {0}<br>Build small networks, watch them learn, "
            "and export them as JSON or ONNX.").format(__version__), wordWrap=True)
        self.text = QPlainTextEdit(versions_text(), readOnly=True)
        self.text.setToolTip(self.tr("The versions, to paste into a question or a bug report"))
        lines = self.text.document().blockCount()
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * (lines + 1) + 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy versions"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Versions:")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def copy(self) -> None:
        """Put the versions on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
