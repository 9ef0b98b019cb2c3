"""Right-click exports for every plot: "Export as PNG…" and "Export as SVG…", plus what a view
adds (the curves' data, the dataset, the decision map). A view registers each of its plots with
`offer_exports`; this module asks for the file, writes it and reports a failure, so every plot
behaves alike.

PNG is what the plot shows on screen (`QWidget.grab`), pixel for pixel. SVG is the same
drawing through Qt's SVG generator: lines, points and text as vectors; pyqtgraph's axes, which
the plots cache as pixmaps, as embedded images. (pyqtgraph's own exporters are not used: its
context menu is turned off in every plot, and its SVG exporter fails on some of these scenes.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Signal
from PySide6.QtGui import QContextMenuEvent, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog, QMenu, QMessageBox, QWidget

from ..engine.errors import PlaygroundError
from .language import error_message, translate


class ExportFailed(PlaygroundError):
    """An export that cannot be written; the message says why."""


@dataclass(frozen=True)
class ExtraExport:
    """One more right-click entry of a view: `write(path)` writes the file (or raises
    ExportFailed, OSError or another PlaygroundError)."""

    text: str  # the menu entry, e.g. "Export data as CSV…"
    suffix: str  # the file type, e.g. "csv"
    write: Callable[[str], None]


class ExportNotices(QObject):
    """Where the exports say what they wrote (text, for how many milliseconds); the main
    window shows it in its status bar."""

    saved = Signal(str, int)


notices = ExportNotices()
NOTICE_MS = 5000


# ------------------------------------------------------------ dialogs (patched in tests)
def ask_save_path(parent: QWidget, title: str, suggestion: str, suffix: str) -> str:
    """The file the user picks to write, with `suffix` added when the name has none; "" if
    the dialog is cancelled."""
    kinds = {
        "png": translate("Exports", "PNG image (*.png)"),
        "svg": translate("Exports", "SVG image (*.svg)"),
        "csv": translate("Exports", "CSV file (*.csv)"),
        "onnx": translate("Exports", "ONNX model (*.onnx)"),
    }
    any_file = translate("Exports", "All files (*)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, f"{kinds[suffix]};;{any_file}")
    if path and not Path(path).suffix:
        path += f".{suffix}"
    return path


def open_menu(menu: QMenu, position: QPoint) -> None:
    menu.exec(position)


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def reason(error: Exception) -> str:
    """What went wrong, as a message says it: the system's words for a file error."""
    return getattr(error, "strerror", None) or error_message(error)


# ------------------------------------------------------------ writers
def save_png(widget: QWidget, path: str) -> None:
    """What `widget` shows, as a PNG of its size in device pixels."""
    if not widget.grab().save(path, "PNG"):
        raise ExportFailed(translate("Exports", "the image could not be written there"))


def save_svg(widget: QWidget, path: str, title: str) -> None:
    """`widget`'s drawing as an SVG file of its size."""
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(title)
    generator.setDescription(translate("Exports", "Exported from the Neural Network Playground"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportFailed(translate("Exports", "the image could not be written there"))
    try:
        # QWidget's render, also for a graphics view (whose own draws its scene, not itself).
        QWidget.render(widget, painter, QPoint())
    finally:
        painter.end()


class PlotExports(QObject):
    """The right-click menu of one plot widget: PNG, SVG and the view's extra entries."""

    def __init__(self, widget: QWidget, name: str, title: str,
                 extras: Sequence[ExtraExport] = (),
                 wanted_at: Callable[[QPoint], bool] | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        # Whether a right-click at this point (in the coordinates of `target`, the viewport of a
        # graphics view) asks for the exports: the view may want some right-clicks for itself.
        self.wanted_at = wanted_at or (lambda _position: True)
        self.name = name  # the suggested file name, without suffix
        self.title = title  # what the plot is, for the dialogs' titles
        self.entries = [
            ExtraExport(
                translate("Exports", "Export as PNG…"), "png", lambda path: save_png(widget, path)
            ),
            ExtraExport(
                translate("Exports", "Export as SVG…"),
                "svg",
                lambda path: save_svg(widget, path, title),
            ),
            *extras,
        ]
        # A graphics view gets its mouse's context-menu events on its viewport.
        self.target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        self.target.installEventFilter(self)

    def menu(self) -> QMenu:
        """The menu a right-click opens (a new one each time, owned by the widget)."""
        menu = QMenu(self.widget)
        for entry in self.entries:
            action = menu.addAction(entry.text)
            action.triggered.connect(lambda _checked=False, e=entry: self.run(e))
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            if not self.wanted_at(event.pos()):
                return False
            menu = self.menu()
            open_menu(menu, event.globalPos())
            menu.deleteLater()
            return True
        return False

    def run(self, entry: ExtraExport) -> bool:
        """Ask where, and write `entry`'s file there; a failure is shown (False)."""
        title = f"{self.title}: {entry.text.rstrip('…')}"
        path = ask_save_path(self.widget, title, f"{self.name}.{entry.suffix}", entry.suffix)
        if not path:
            return False
        try:
            entry.write(path)
        except (OSError, PlaygroundError) as error:
            warn(self.widget, translate("Exports", "Could not export"), f"{path}: {reason(error)}")
            return False
        notices.saved.emit(translate("Exports", "Exported {0}").format(path), NOTICE_MS)
        return True


def offer_exports(widget: QWidget, name: str, title: str, extras: Sequence[ExtraExport] = (),
                  wanted_at: Callable[[QPoint], bool] | None = None) -> PlotExports:
    """Give `widget` (a plot) the right-click exports; `name` is the suggested file name."""
    return PlotExports(widget, name, title, extras, wanted_at)
