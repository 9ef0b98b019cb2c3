"""The File menu: export and import model files, save and open sessions, recent files, and the
session remembered between launches. Everything is checked before anything is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ..engine.datasets import make_dataset
from ..engine.errors import PlaygroundError
from ..engine.fit_check import check_fits
from ..engine.history import History
from ..engine.modelfile import ModelFile, from_json_text, load_model, save_model, to_json_text
from ..engine.onnx_export import check_exportable, onnx_available, require_onnx, save_onnx
from ..engine.spec import NetworkSpec
from ..presets import Preset
from ..resources import resource_path
from . import exports
from .app_controller import AppController
from .language import error_message, translate
from .presets_menu import tr as translated_preset_text

MAX_RECENT = 8


def shipped(path: str | Path) -> bool:
    """Whether `path` is one of the files shipped in resources/ (never written)."""
    try:
        return Path(path).resolve().is_relative_to(resource_path("examples").parent.resolve())
    except FileNotFoundError:
        return False



def file_filter() -> str:
    """The file dialogs' choice of files: the playground's own, or any."""
    return translate("FileActions", "Playground model (*.json);;All files (*)")


class FileActions:
    """File operations on the application controller's session. Dialogs open over
    `dialog_parent`; they are methods so tests can replace them."""

    def __init__(self, app: AppController, settings: QSettings, dialog_parent: QWidget) -> None:
        self.app = app
        self.settings = settings  # recent files and the remembered session
        self.dialog_parent = dialog_parent
        self.current_path: str | None = None
        self.recent_menu: QMenu | None = None

    def populate(self, menu: QMenu) -> None:
        def add(text: str, slot, shortcut: str | None = None):
            action = menu.addAction(text)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(shortcut)
            return action

        self.new_action = add(translate("FileActions", "&New session"), self.new_session,
                              "Ctrl+N")
        self.open_action = add(translate("FileActions", "&Open session or model…"),
                               self.open_file, "Ctrl+O")
        self.recent_menu = menu.addMenu(translate("FileActions", "Open &recent"))
        menu.addSeparator()
        self.save_action = add(translate("FileActions", "&Save session"), self.save_session,
                               "Ctrl+S")
        self.save_as_action = add(translate("FileActions", "Save session &as…"),
                                  self.save_session_as, "Ctrl+Shift+S")
        self.export_action = add(translate("FileActions", "&Export trained weights…"),
                                 self.export_weights, "Ctrl+E")
        self.onnx_action = add(translate("FileActions", "Export as &ONNX…"), self.export_onnx)
        self.onnx_action.setStatusTip(
            translate("FileActions",
                      "The trained network as an ONNX model, for ONNX Runtime and other "
                      "frameworks")
            if onnx_available() else
            translate("FileActions",
                      "Needs the onnx package, which is not installed: choose it to see how to "
                      "get it"))
        self._refresh_recent()

    # ------------------------------------------------------------ dialogs (patched in tests)
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, translate("FileActions", "Open session or model"), "",
            file_filter())
        return path

    def ask_save_path(self, title: str, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, title, suggestion,
                                                 file_filter())
        if path and not Path(path).suffix:
            path += ".json"
        return path

    def tell(self, title: str, text: str) -> None:
        QMessageBox.warning(self.dialog_parent, title, text)

    def ask_discard(self) -> str:
        """Save, discard or cancel, when unsaved work would be replaced: "save", "discard" or
        "cancel"."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.dialog_parent, translate("FileActions", "Unsaved work"),
            translate("FileActions",
                      "This session has changes and training that are not saved. Save them "
                      "first?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def confirm_discard(self) -> bool:
        """Whether the session may be replaced: unsaved work is saved or let go first, or the
        user cancels (False)."""
        if not self.app.modified:
            return True
        answer = self.ask_discard()
        if answer == "save":
            return self.save_session()
        return answer == "discard"

    # ------------------------------------------------------------ building files
    def model(self, with_history: bool) -> ModelFile:
        """The session as a model file; the weights are the latest the worker reported. What
        training goes on changing is copied, so a thread may write it (autosave)."""
        app = self.app
        return ModelFile(
            spec=app.session.spec,
            weights=app.weights_shown(),
            training=app.session.train,
            data=app.recorded_data(),
            epoch=app.epoch,
            history=app.history.copy() if with_history else History(),
            archive=app.archive.copy() if with_history else None,
            runs=app.runs.copy() if with_history else None,
        )

    def export_weights(self) -> None:
        path = self.ask_save_path(translate("FileActions", "Export trained weights"),
                                  "model.json")
        if path:
            self._write(path, self.model(with_history=False))

    def export_onnx(self) -> bool:
        """The trained network as an ONNX model (engine.onnx_export); without the onnx
        package, or with an activation ONNX cannot express, say so before asking where."""
        spec, weights = self.app.session.spec, self.app.weights_shown()
        try:
            require_onnx()
            check_exportable(spec)
            if weights is None:
                raise PlaygroundError(translate(
                    "FileActions",
                    "the network has no weights yet; fix the problem shown above the canvas "
                    "first"))
        except PlaygroundError as error:
            message = error_message(error)
            self.tell(translate("FileActions", "Cannot export as ONNX"),
                      f"{message[:1].upper()}{message[1:]}.")
            return False
        path = exports.ask_save_path(self.dialog_parent,
                                     translate("FileActions", "Export as ONNX"), "model.onnx",
                                     "onnx")
        if not path:
            return False
        try:
            save_onnx(path, spec, weights)
        except (OSError, PlaygroundError) as error:
            self.tell(translate("FileActions", "Could not export"),
                      f"{path}: {exports.reason(error)}")
            return False
        self.app.announce(translate("FileActions", "Exported {0} (ONNX)").format(path))
        return True

    def save_session(self) -> bool:
        """Save to the session file in use; without one, ask where (Save As). True if saved."""
        if self.current_path is None:
            return self.save_session_as()
        return self._write(self.current_path, self.model(with_history=True), session=True)

    def save_session_as(self) -> bool:
        path = self.ask_save_path(translate("FileActions", "Save session"),
                                  self.current_path or "session.json")
        if not path or not self._write(path, self.model(with_history=True), session=True):
            return False
        self.current_path = path
        return True

    def _write(self, path: str, model: ModelFile, session: bool = False) -> bool:
        if shipped(path):
            self.tell(translate("FileActions", "Could not save"), translate(
                "FileActions", "{0} is a file shipped with the playground; save your session "
                "under another name").format(path))
            return False
        try:
            save_model(path, model)
        except (OSError, PlaygroundError) as error:
            self.tell(translate("FileActions", "Could not save"),
                      f"{path}: {error_message(error)}")
            return False
        if session:
            self.app.mark_saved()
        self._add_recent(path)
        self.app.announce(translate("FileActions", "Saved {0}").format(path))
        return True

    # ------------------------------------------------------------ reading files
    def open_file(self, path: str | None = None) -> bool:
        if not self.confirm_discard():
            return False
        path = path or self.ask_open_path()
        if not path:
            return False
        model = self._read(path, translate("FileActions", "Could not open the file"),
                           Path(path).name)
        if model is None:
            return False
        self.app.load_model(model)
        self.app.mark_saved()
        # Save goes back to a session the user saved; an exported model or a shipped file is
        # not overwritten with a whole session: Save asks where, as Save As does.
        is_session = len(model.history) > 0 and not shipped(path)
        self.current_path = path if is_session else None
        self._add_recent(path)
        self.app.announce(translate("FileActions", "Opened {0}").format(path))
        return True

    def open_preset(self, preset: Preset, compare: bool = False) -> bool:
        """Open a shipped setup. Save then asks for a file of the user's own: the files in
        resources/ are never written. `compare`: a run beside the runs so far, the current
        one pinned to compare with (nothing is let go: no question)."""
        if not compare and not self.confirm_discard():
            return False
        title = translated_preset_text(preset.title)
        model = self._read(preset.path, translate("FileActions", "Could not open the preset"),
                           title)
        if model is None:
            return False
        self.app.load_model(model, compare)
        self.app.mark_saved()
        self.current_path = None
        self.app.announce(translate("FileActions", "Opened the preset “%1”")
                          .replace("%1", title))
        return True

    def _read(self, path: str | Path, title: str, name: str) -> ModelFile | None:
        """The model file at `path` if it loads and fits its data; else say why (None)."""
        try:
            model = load_model(path)
            self.check_fits(model)
        except (OSError, PlaygroundError) as error:
            self.tell(title, f"{name}: {error_message(error)}")
            return None
        return model

    def check_fits(self, model: ModelFile) -> None:
        """PlaygroundError unless the file's network fits its data (or, if it has none, the
        session's); the reader has already checked its weights against the network."""
        data = model.data or self.app.session.data
        check_fits(model.spec, make_dataset(data), data.kind)

    def new_session(self) -> None:
        from .defaults import DEFAULT_SPEC

        self._start_afresh(DEFAULT_SPEC)

    def new_empty_session(self) -> bool:
        """The default data and training with an empty network: the inputs and the output
        layer alone, for the user to add hidden layers to. False if the user cancelled."""
        from .defaults import DEFAULT_SPEC

        return self._start_afresh(DEFAULT_SPEC.with_(layers=DEFAULT_SPEC.layers[-1:]))

    def _start_afresh(self, spec: NetworkSpec) -> bool:
        from .defaults import DEFAULT_DATA, DEFAULT_TRAIN

        if not self.confirm_discard():
            return False
        self.current_path = None
        self.app.load_model(ModelFile(spec, None, DEFAULT_TRAIN, DEFAULT_DATA))
        self.app.mark_saved()
        return True

    # ------------------------------------------------------------ recent and remembered
    def recent(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [p for p in self.recent() if p != path]
        self.settings.setValue("files/recent", paths[:MAX_RECENT])
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
        session = self.app.session
        model = ModelFile(session.spec, None, session.train, self.app.recorded_data())
        try:
            self.settings.setValue("session/last", to_json_text(model))
        except PlaygroundError:
            pass  # a setup that would not load again is simply not remembered

    def restore_last_session(self) -> bool:
        """Start from the last launch's setup when it still loads (True); else the defaults."""
        text = self.settings.value("session/last")
        if not text:
            return False
        try:
            model = from_json_text(str(text))
            self.check_fits(model)
        except PlaygroundError:
            return False
        self.app.load_model(model)
        return True
