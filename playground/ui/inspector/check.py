"""The gradient check in the window: backprop's gradients against central differences for the
current network, on the chosen sample or the training set, per layer."""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...engine.gradcheck import gradient_check
from ...engine.spec import layer_title
from ..language import translate, translated
from ..numbers import number
from ..theme import ink
from .model import InspectorModel
from .render import paragraph

GOOD_ERROR = 1e-6  # below this, backprop and the numerical gradient agree
MAX_POINTS = 500  # of the training set: enough to prove the point, quick to check


def largest_error_per_layer(errors: dict[str, float]) -> list[float]:
    """The engine's per-group errors ("layer 1 W", "layer 1 b", …) folded to one per layer."""
    layers: dict[int, float] = {}
    for group, error in errors.items():
        layer = int(group.split()[1])
        layers[layer] = max(layers.get(layer, 0.0), error)
    return [layers[k] for k in sorted(layers)]


class GradientCheckView(QWidget):
    """A button, the choice of data, and a per-layer table with a sentence on what it proves."""

    def __init__(self, model: InspectorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sample_button = QRadioButton(translate("Inspector", "this sample"), checked=True)
        self.training_button = QRadioButton(
            translate("Inspector", "the training set (up to {0} points)").format(MAX_POINTS))
        self.run_button = QPushButton(translate("Inspector", "Check the gradients"))
        self.run_button.setToolTip(translate("Inspector",
            "Compare every gradient backprop computed with central differences "
            "(L(θ + h) − L(θ − h)) / 2h"))
        self.run_button.clicked.connect(self.run)
        self.result = QTextBrowser()
        self.result.setHtml(paragraph(translate("Inspector",
            "Backprop's gradients are checked against the slope of the loss measured by "
            "nudging each parameter up and down a little. Press the button.")))
        row = QHBoxLayout()
        row.addWidget(self.sample_button)
        row.addWidget(self.training_button)
        row.addStretch(1)
        row.addWidget(self.run_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 0)
        column.addLayout(row)
        column.addWidget(self.result, 1)
        model.changed.connect(self._stale)

    def _stale(self) -> None:
        self.run_button.setEnabled(self.model.network() is not None)

    def run(self) -> None:
        model = self.model
        network, dataset = model.network(), model.dataset
        if network is None or dataset is None:
            return
        if not network.trainable:
            self.result.setHtml(paragraph(translate("Inspector",
                "The step activation's derivative is 0 everywhere (and undefined at 0): "
                "backprop passes no gradient through it, so there is nothing to check, and "
                "this network cannot be trained by gradient descent.")))
            return
        if self.sample_button.isChecked():
            if model.sample is None:
                self.result.setHtml(paragraph(translate("Inspector", "Choose a sample first.")))
                return
            x, y = model.sample.inputs[None, :], model.sample.target[None, :]
            what = translate("Inspector", "this sample")
        else:
            x, _ = dataset.features(network.spec.features)
            y = dataset.y_train
            x, y = x[:MAX_POINTS], y[:MAX_POINTS]
            what = translate("Inspector", "{0} training points").format(len(x))
        with np.errstate(all="ignore"):
            errors = largest_error_per_layer(gradient_check(network, x, y))
        self.result.setHtml(self._report(errors, what))

    def _report(self, errors: list[float], what: str) -> str:
        rows = []
        for index, error in enumerate(errors):
            good = error < GOOD_ERROR
            colour = ink(self.palette(), "good" if good else "error")
            name = translated(layer_title(self.model.spec, index))
            said = translate("Inspector", "agrees") if good else translate("Inspector", "differs")
            rows.append(f"<tr><td>{escape(name)}</td><td align='right' style='color:{colour}'>"
                        f"{number(error, 2)}</td><td style='color:{colour}'>"
                        f"{escape(said)}</td></tr>")
        worst = max(errors) if errors else 0.0
        if worst < GOOD_ERROR:
            verdict = translate("Inspector",
                "On {0}, every gradient backprop computed agrees with the numerical slope to a "
                "relative error below {1}: the chain rule shown in the Backward tab is the "
                "derivative of this loss.").format(what, number(GOOD_ERROR, 1))
        else:
            verdict = translate("Inspector",
                "On {0}, some gradients differ from the numerical slope by more than {1}. Near "
                "a kink (ReLU at 0, maxout ties, step) the numerical slope is not the "
                "derivative, so a few such points are expected there.").format(
                what, number(GOOD_ERROR, 1))
        layer = translate("Inspector", "layer")
        largest = translate("Inspector", "largest relative error")
        return (f"<table cellpadding='3'><tr><th align='left'>{escape(layer)}</th>"
                f"<th>{escape(largest)}</th><th></th></tr>"
                f"{''.join(rows)}</table>" + paragraph(verdict))
