"""How a window's session starts: from the autosave a previous run left, or afresh.

After a clean close the autosave comes back without a question (with its weights, epoch and
history, and Save going to the same session file); after a crash the user is asked, with the
time and epoch it was saved at, whether to restore it or discard it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from ..engine.errors import PlaygroundError
from .autosave import Autosave, LeftBehind
from .file_actions import FileActions
from .language import translate, translated


class Restored(Enum):
    """What became of the autosave found at start."""

    NOTHING = "nothing"  # none, none readable, or another window autosaves
    CLEAN = "clean"  # left by a clean close: brought back without a question
    CRASH = "crash"  # left by a crash: the user chose to restore it
    DISCARDED = "discarded"  # left by a crash: the user let it go


def when_text(saved_at: datetime, today: date | None = None) -> str:
    """When an autosave was written, as a person says it: "14:02 today", "09:15 yesterday",
    "16:40 on 03/02/2025" (time and date in the locale's short formats)."""
    locale = QLocale()
    time_text = locale.toString(QTime(saved_at.hour, saved_at.minute),
                                QLocale.FormatType.ShortFormat)
    today = today or date.today()
    if saved_at.date() == today:
        return translate("CrashRestore", "%1 today").replace("%1", time_text)
    if saved_at.date() == today - timedelta(days=1):
        return translate("CrashRestore", "%1 yesterday").replace("%1", time_text)
    day = locale.toString(saved_at.date(), QLocale.FormatType.ShortFormat)
    return translate("CrashRestore", "%1 on %2").replace("%1", time_text).replace("%2", day)


def question_box(parent: QWidget | None, left: LeftBehind) -> QMessageBox:
    """The question asked after a crash: Restore (the default, and Escape: nothing is lost)
    or Discard."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CrashRestore", "Restore the last session?"))
    epoch = QLocale().toString(left.model.epoch)
    box.setText(translate("CrashRestore", "<b>Restore the session from %1, epoch %2?</b>")
                .replace("%1", when_text(left.saved_at)).replace("%2", epoch))
    box.setInformativeText(translate("CrashRestore",
        "The playground did not close properly last time. Restore brings back the session's "
        "network, data, settings, weights and training history; Discard starts a new session "
        "and deletes the autosave."))
    # Wide enough for the question on one line: a time and an epoch split over two read badly.
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 30em; }")
    restore = box.addButton(translate("CrashRestore", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    # Our own "Discard", not Qt's standard button: its translation must be the word the text
    # above uses (Qt's Korean one says "ignore").
    box.addButton(translate("CrashRestore", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(restore)
    return box


def ask_restore(parent: QWidget | None, left: LeftBehind) -> bool:
    """Whether the user restores the crashed session `left` (tests replace this)."""
    box = question_box(parent, left)
    box.exec()
    return box.clickedButton() is box.defaultButton()


def _restore(autosave: Autosave, files: FileActions, parent: QWidget | None) -> Restored:
    app = files.app
    try:
        left = autosave.left_behind()
        if left is not None:
            files.check_fits(left.model)
    except PlaygroundError as error:
        text = translate("CrashRestore", "The autosave could not be restored: %1")
        app.announce(text.replace("%1", translated(error.text)), 15000)
        return Restored.NOTHING
    if left is None:
        return Restored.NOTHING
    if not left.clean and not ask_restore(parent, left):
        autosave.remove()
        return Restored.DISCARDED
    app.load_model(left.model)
    if left.clean:
        files.current_path = left.session_path
        return Restored.CLEAN
    return Restored.CRASH


def start_session(autosave: Autosave | None, files: FileActions,
                  parent: QWidget | None) -> Restored:
    """Start the session: the autosave a previous run left (see the module's text), else the
    setup the last launch remembered, else the defaults; then autosave from here on."""
    app = files.app
    restored = Restored.NOTHING if autosave is None else _restore(autosave, files, parent)
    if restored is Restored.DISCARDED or (
            restored is Restored.NOTHING and not files.restore_last_session()):
        app.rebuild_data()
    app.mark_saved()
    if restored is Restored.CRASH:
        app.mark_unsaved()  # only the autosave holds it: closing asks before letting it go
    if autosave is not None:
        if not autosave.active:
            text = translate("CrashRestore", "This window is not autosaved (%1): save your work "
                             "with File → Save.")
            app.announce(text.replace("%1", autosave.problem or ""), 15000)
        autosave.start()
    return restored
