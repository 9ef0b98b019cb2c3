"""The File menu: export and import model files, save and open sessions, recent files, and the
session remembered between launches. Everything is checked before anything is replaced."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..engine.datasets import make_dataset
from ..engine.errors import PlaygroundError
from ..engine.fit_check import check_fits
from ..engine.history import History
from ..engine.modelfile import ModelFile, from_json_text, load_model, save_model, to_json_text

if TYPE_CHECKING:
    from .main_window import MainWindow

MAX_RECENT = 8
FILE_FILTER = "Playground model (*.json);;All files (*)"


class FileActions:
    """File operations of one main window. Dialogs are methods so tests can replace them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.current_path: str | None = None
        self.recent_menu: QMenu | None = None

    def populate(self, menu: QMenu) -> None:
        def add(text: str, slot, shortcut: str | None = None):
            action = menu.addAction(text)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(shortcut)
            return action

        self.new_action = add("&New session", self.new_session, "Ctrl+N")
        self.open_action = add("&Open session or model…", self.open_file, "Ctrl+O")
        self.recent_menu = menu.addMenu("Open &recent")
        menu.addSeparator()
        self.save_action = add("&Save session", self.save_session, "Ctrl+S")
        self.save_as_action = add("Save session &as…", self.save_session_as, "Ctrl+Shift+S")
        self.export_action = add("&Export trained weights…", self.export_weights, "Ctrl+E")
        menu.addSeparator()
        add("&Quit", self.window.close, "Ctrl+Q")
        self._refresh_recent()

    # ------------------------------------------------------------ dialogs (patched in tests)
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open session or model", "", FILE_FILTER)
        return path

    def ask_save_path(self, title: str, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggestion, FILE_FILTER)
        if path and not Path(path).suffix:
            path += ".json"
        return path

    def tell(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    # ------------------------------------------------------------ building files
    def model(self, with_history: bool) -> ModelFile:
        """The session as a model file; the weights are the latest the worker reported."""
        window = self.window
        snapshot = window.controller.latest
        weights = [dict(layer) for layer in snapshot.weights] if snapshot else None
        return ModelFile(
            spec=window.session.spec,
            weights=weights,
            training=window.session.train,
            data=window.session.data,
            epoch=window.epoch,
            history=window.history.copy() if with_history else History(),
        )

    def export_weights(self) -> None:
        path = self.ask_save_path("Export trained weights", "model.json")
        if path:
            self._write(path, self.model(with_history=False))

    def save_session(self) -> None:
        if self.current_path is None:
            self.save_session_as()
        else:
            self._write(self.current_path, self.model(with_history=True))

    def save_session_as(self) -> None:
        path = self.ask_save_path("Save session", self.current_path or "session.json")
        if path and self._write(path, self.model(with_history=True)):
            self.current_path = path

    def _write(self, path: str, model: ModelFile) -> bool:
        try:
            save_model(path, model)
        except (OSError, PlaygroundError) as error:
            self.tell("Could not save", f"{path}: {error}")
            return False
        self._add_recent(path)
        self.window.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    # ------------------------------------------------------------ reading files
    def open_file(self, path: str | None = None) -> bool:
        path = path or self.ask_open_path()
        if not path:
            return False
        try:
            model = load_model(path)
            self.check_fits(model)
        except (OSError, PlaygroundError) as error:
            self.tell("Could not open the file", f"{Path(path).name}: {error}")
            return False
        self.window.load_model(model)
        self.current_path = path
        self._add_recent(path)
        self.window.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def check_fits(self, model: ModelFile) -> None:
        """PlaygroundError unless the file's network fits its data (or, if it has none, the
        session's); the reader has already checked its weights against the network."""
        data = model.data or self.window.session.data
        check_fits(model.spec, make_dataset(data), data.kind)

    def new_session(self) -> None:
        from .defaults import DEFAULT_DATA, DEFAULT_SPEC, DEFAULT_TRAIN

        self.current_path = None
        self.window.load_model(ModelFile(DEFAULT_SPEC, None, DEFAULT_TRAIN, DEFAULT_DATA))

    # ------------------------------------------------------------ recent and remembered
    def recent(self) -> list[str]:
        value = self.window.settings.value("files/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [p for p in self.recent() if p != path]
        self.window.settings.setValue("files/recent", paths[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        paths = self.recent()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(paths))

    def remember_session(self) -> None:
        """Keep the setup (not the weights) for the next launch."""
        model = ModelFile(
            self.window.session.spec, None, self.window.session.train, self.window.session.data
        )
        try:
            self.window.settings.setValue("session/last", to_json_text(model))
        except PlaygroundError:
            pass  # a setup that would not load again is simply not remembered

    def restore_last_session(self) -> bool:
        """Start from the last launch's setup when it still loads (True); else the defaults."""
        text = self.window.settings.value("session/last")
        if not text:
            return False
        try:
            model = from_json_text(str(text))
            self.check_fits(model)
        except PlaygroundError:
            return False
        self.window.load_model(model)
        return True
