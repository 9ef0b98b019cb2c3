"""Help: every activation, loss, optimizer, initializer and regularization the engine knows,
with formulas and notes. Built from the registries, so a new entry explains itself here with no
extra work."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..engine.activations import ACTIVATIONS
from ..engine.initializers import INITIALIZERS
from ..engine.losses import LOSSES
from ..engine.optimizers import OPTIMIZERS
from ..engine.regularizations import REGULARIZATIONS

INTRO = (
    "A layer computes <i>z = x·W + b</i> and then <i>a = f(z)</i>. Training runs forward to the "
    "loss, then backward by the chain rule: at every node, <b>downstream gradient = local "
    "gradient × upstream gradient</b>, and each weight moves by <i>W ← W − α·∂L/∂W</i>. "
    "Regression → the MSE family; two classes → sigmoid + BCE; k classes → softmax + "
    "cross-entropy. Accuracy is what people care about, but it has no useful gradient: the "
    "loss gives the direction."
)


def _name(entry) -> str:
    korean = f" ({escape(entry.korean)})" if getattr(entry, "korean", "") else ""
    return f"{escape(entry.label)}{korean}"


def concepts_html() -> str:
    """The whole help page as HTML."""
    parts = [f"<h2>How a network learns</h2><p>{INTRO}</p>", "<h2>Activations</h2>"]
    for act in ACTIVATIONS.values():
        flags = []
        if not act.trainable:
            flags.append("cannot be trained by backprop")
        if act.output_only:
            flags.append("output layer only")
        if act.defaults:
            values = ", ".join(f"{k} = {v:g}" for k, v in act.defaults.items())
            flags.append(f"parameters: {values}")
        extra = f"<br><i>{escape('; '.join(flags))}</i>" if flags else ""
        parts.append(
            f"<h3>{_name(act)}</h3><p><code>{escape(act.formula)}</code><br>"
            f"<code>{escape(act.derivative_formula)}</code><br>range {escape(act.value_range)}"
            f"{extra}</p><p>{escape(act.notes)}</p>"
        )
    parts.append("<h2>Losses</h2>")
    for loss in LOSSES.values():
        parts.append(
            f"<h3>{_name(loss)}</h3><p><code>{escape(loss.formula)}</code><br>"
            f"<code>{escape(loss.gradient_formula)}</code><br>for {escape(loss.task)}</p>"
            f"<p>{escape(loss.notes)}</p>"
        )
    sections = (
        ("Optimizers", OPTIMIZERS), ("Initial weights", INITIALIZERS),
        ("Regularization", REGULARIZATIONS),
    )
    for title, registry in sections:
        parts.append(f"<h2>{title}</h2>")
        for entry in registry.values():
            parts.append(
                f"<h3>{escape(entry.label)}</h3><p><code>{escape(entry.formula)}</code></p>"
                f"<p>{escape(entry.notes)}</p>"
            )
    return "\n".join(parts)


class ConceptsDialog(QDialog):
    """A non-modal window with the whole help page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Activations, losses and optimizers")
        self.resize(640, 700)
        browser = QTextBrowser()
        browser.setHtml(concepts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
