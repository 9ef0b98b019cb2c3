"""Help: every activation, loss, optimizer, initializer and regularization the engine knows,
with formulas and notes. Built from the registries, so a new entry explains itself here with no
extra work."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..engine.activations import ACTIVATIONS
from ..engine.initializers import INITIALIZERS
from ..engine.losses import LOSSES
from ..engine.optimizers import OPTIMIZERS
from ..engine.registry import Registry
from ..engine.regularizations import REGULARIZATIONS
from .language import translated


def _intro() -> str:
    return QCoreApplication.translate(
        "Help",
        "A layer computes <i>z = x·W + b</i> and then <i>a = f(z)</i>. Training runs forward to "
        "the loss, then backward by the chain rule: at every node, <b>downstream gradient = "
        "local gradient × upstream gradient</b>, and each weight moves by <i>W ← W − "
        "α·∂L/∂W</i>. Regression → the MSE family; two classes → sigmoid + BCE; k classes → "
        "softmax + cross-entropy. Accuracy is what people care about, but it has no useful "
        "gradient: the loss gives the direction.",
    )


def task_name(task: str) -> str:
    """A loss's task ("regression" or "classification") in the interface's language."""
    names = {
        "regression": QCoreApplication.translate("Help", "regression"),
        "classification": QCoreApplication.translate("Help", "classification"),
    }
    return names.get(task, task)


def _label(registry: Registry, entry) -> str:
    return escape(translated(entry.label, registry.context))


def _notes(registry: Registry, entry) -> str:
    return escape(translated(entry.notes, registry.context))


def _formula(registry: Registry, formula: str) -> str:
    return f"<code>{escape(translated(formula, registry.context))}</code>"


def _activation_flags(act) -> list[str]:
    flags = []
    if not act.trainable:
        flags.append(QCoreApplication.translate("Help", "cannot be trained by backprop"))
    if act.output_only:
        flags.append(QCoreApplication.translate("Help", "output layer only"))
    if act.defaults:
        values = ", ".join(f"{k} = {v:g}" for k, v in act.defaults.items())
        flags.append(QCoreApplication.translate("Help", "parameters: {0}").format(values))
    return flags


def concepts_html() -> str:
    """The whole help page as HTML, in the interface's language."""
    learns = QCoreApplication.translate("Help", "How a network learns")
    activations = QCoreApplication.translate("Help", "Activations")
    parts = [f"<h2>{escape(learns)}</h2><p>{_intro()}</p>", f"<h2>{escape(activations)}</h2>"]
    value_range = QCoreApplication.translate("Help", "range {0}")
    for act in ACTIVATIONS.values():
        flags = _activation_flags(act)
        extra = f"<br><i>{escape('; '.join(flags))}</i>" if flags else ""
        values = value_range.format(translated(act.value_range, ACTIVATIONS.context))
        parts.append(
            f"<h3>{_label(ACTIVATIONS, act)}</h3><p>{_formula(ACTIVATIONS, act.formula)}<br>"
            f"{_formula(ACTIVATIONS, act.derivative_formula)}<br>"
            f"{escape(values)}{extra}</p>"
            f"<p>{_notes(ACTIVATIONS, act)}</p>"
        )
    losses = QCoreApplication.translate("Help", "Losses")
    parts.append(f"<h2>{escape(losses)}</h2>")
    task = QCoreApplication.translate("Help", "for {0}")
    for loss in LOSSES.values():
        parts.append(
            f"<h3>{_label(LOSSES, loss)}</h3><p>{_formula(LOSSES, loss.formula)}<br>"
            f"{_formula(LOSSES, loss.gradient_formula)}<br>"
            f"{escape(task.format(task_name(loss.task)))}</p><p>{_notes(LOSSES, loss)}</p>"
        )
    sections = (
        (QCoreApplication.translate("Help", "Optimizers"), OPTIMIZERS),
        (QCoreApplication.translate("Help", "Initial weights"), INITIALIZERS),
        (QCoreApplication.translate("Help", "Regularization"), REGULARIZATIONS),
    )
    for title, registry in sections:
        parts.append(f"<h2>{escape(title)}</h2>")
        for entry in registry.values():
            parts.append(
                f"<h3>{_label(registry, entry)}</h3><p>{_formula(registry, entry.formula)}</p>"
                f"<p>{_notes(registry, entry)}</p>"
            )
    return "\n".join(parts)


class ConceptsDialog(QDialog):
    """A non-modal window with the whole help page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activations, losses and optimizers"))
        self.resize(640, 700)
        browser = QTextBrowser()
        browser.setHtml(concepts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
