"""The session model: what the user set up. Views edit it; the training worker reads snapshots
of it. Structural edits to the network and edits of your own points go through an undo
stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..engine.spec import DataSettings, NetworkSpec, TrainSettings


class _Change(QUndoCommand):
    """An undoable change of one part of the session: `apply` shows `new` (redo) or `old`."""

    def __init__(self, apply: Callable[[object], None], old: object, new: object, text: str):
        super().__init__(text)
        self._apply, self._old, self._new = apply, old, new

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class SessionModel(QObject):
    """Holds the network spec, the training settings and the data settings.

    `spec_changed` fires on every structural change (the network must be rebuilt);
    `train_changed` on hyperparameter changes (applied live, no rebuild);
    `data_changed` when the dataset must be made again.
    """

    spec_changed = Signal(object)  # NetworkSpec
    train_changed = Signal(object)  # TrainSettings
    data_changed = Signal(object)  # DataSettings

    def __init__(
        self,
        spec: NetworkSpec | None = None,
        train: TrainSettings | None = None,
        data: DataSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec or NetworkSpec()
        self.train = train or TrainSettings()
        self.data = data or DataSettings()
        self.undo_stack = QUndoStack(self)

    def edit_spec(self, new: NetworkSpec, description: str) -> None:
        """A structural edit, undoable; `description` names it in the Edit menu."""
        if new != self.spec:
            self.undo_stack.push(_Change(self._apply_spec, self.spec, new, description))

    def _apply_spec(self, spec: NetworkSpec) -> None:
        self.spec = spec
        self.spec_changed.emit(spec)

    def conform_spec(self, spec: NetworkSpec) -> None:
        """A change the data forces (output units, features): not undoable, and it clears the
        undo history, whose older specs would no longer fit the data."""
        self.undo_stack.clear()
        self._apply_spec(spec)

    def set_train(self, train: TrainSettings) -> None:
        if train != self.train:
            self.train = train
            self.train_changed.emit(train)

    def set_data(self, data: DataSettings) -> None:
        if data != self.data:
            self._apply_data(data)

    def edit_data(self, new: DataSettings, description: str) -> None:
        """An edit of the points themselves (add, move, delete, clear), undoable."""
        if new != self.data:
            self.undo_stack.push(_Change(self._apply_data, self.data, new, description))

    def _apply_data(self, data: DataSettings) -> None:
        self.data = data
        self.data_changed.emit(data)

    def replace_all(self, spec: NetworkSpec, train: TrainSettings, data: DataSettings) -> None:
        """Load a whole new session (a model or session file): clears the undo history."""
        self.undo_stack.clear()
        self.spec, self.train, self.data = spec, train, data
        self.spec_changed.emit(spec)
        self.train_changed.emit(train)
        self.data_changed.emit(data)
