"""The activation and loss picker: choose a layer's activation and the loss, see f and f′,
their formulas and notes, and advice on whether the choices fit the data."""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..engine.activations import ACTIVATIONS, Activation
from ..engine.advice import Advice, advice
from ..engine.losses import LOSSES, Loss
from ..engine.spec import NetworkSpec, layer_title
from ..engine.texts import QT_TRANSLATE_NOOP
from .canvas.colormap import hex_colour
from .language import translated
from .plotstyle import follow_palette, new_plot_widget, style_axes
from .session import SessionModel

CURVE_X = np.linspace(-5.0, 5.0, 401)
F_COLOR = (8, 119, 189)
DF_COLOR = (230, 120, 20)
CONTEXT = "ActivationLossPicker"  # the translation context of this module's texts
PARAM_LABELS = {
    "alpha": "α",
    "theta": QT_TRANSLATE_NOOP("ActivationLossPicker", "θ (threshold)"),
    "value": QT_TRANSLATE_NOOP("ActivationLossPicker", "v (value below θ)"),
    "delta": "δ",
    "k": QT_TRANSLATE_NOOP("ActivationLossPicker", "k (pieces)"),
}
INTEGER_PARAMS = ("k",)
LEVEL_STYLES = {  # background, border, and the word that opens the advice
    "error": ("#fdecea", "#d32f2f", QT_TRANSLATE_NOOP("ActivationLossPicker", "Error")),
    "warning": ("#fff4e0", "#ef8c00", QT_TRANSLATE_NOOP("ActivationLossPicker", "Warning")),
    "info": ("#e8f1fb", "#1e6fc0", QT_TRANSLATE_NOOP("ActivationLossPicker", "Note")),
}


def _tr(text: str) -> str:
    """A text of this module (marked where it is written) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def param_label(key: str) -> str:
    """A hyperparameter's label, as the picker shows it."""
    return _tr(PARAM_LABELS.get(key, key))


def activation_curve(
    activation: Activation, params: dict[str, float], x: np.ndarray = CURVE_X
) -> tuple[np.ndarray, np.ndarray, str, str]:
    """f and f′ over `x` with their legend names.

    Softmax is shown as p₁ of the scores (x, 0); maxout as the largest of k example lines
    wⱼx + bⱼ, tangent to softplus (so k = 2 gives ReLU). Both are 1-D slices of a function of
    several scores, and the names say so.
    """
    column = x[:, None]
    if activation.output_only and not activation.elementwise:
        z = np.hstack([column, np.zeros_like(column)])
        a = activation.forward(z, params)
        slope = activation.local_gradient(z, a, params)
        names = (QCoreApplication.translate("ActivationLossPicker", "f = p₁ of softmax(x, 0)"),
                 "f′ = ∂p₁/∂x")
        return a[:, 0], slope[:, 0], *names
    if not activation.elementwise:
        pieces = activation.pieces(params)
        slopes = np.linspace(0.0, 1.0, pieces) if pieces > 1 else np.ones(1)
        inner = np.clip(slopes, 1e-9, 1 - 1e-9)
        touch = np.log(inner / (1 - inner))  # where each line touches softplus
        offsets = np.where((slopes > 0) & (slopes < 1), np.log1p(np.exp(touch)) - inner * touch, 0)
        z = column * slopes + offsets
        a = activation.forward(z, params)
        winner = activation.local_gradient(z, a, params)
        names = (
            QCoreApplication.translate("ActivationLossPicker", "f = max of {0} example lines")
            .format(pieces),
            QCoreApplication.translate("ActivationLossPicker", "f′ = slope of the winner"),
        )
        return a[:, 0], winner @ slopes, *names
    a = activation.forward(column, params)
    slope = activation.local_gradient(column, a, params)
    return a[:, 0], slope[:, 0], "f(x)", "f′(x)"


class _Collapsible(QWidget):
    """A header button that shows or hides a word-wrapped, selectable text."""

    def __init__(self, title: str, expanded: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(text=title, checkable=True, checked=expanded)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.body = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setContentsMargins(6, 0, 0, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(self.body)
        self.button.toggled.connect(self._show)
        self._show(expanded)

    def _show(self, expanded: bool) -> None:
        self.button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.body.setVisible(expanded)


def _param_box(key: str, default: float, learned: bool) -> QAbstractSpinBox:
    if key in INTEGER_PARAMS:
        box: QAbstractSpinBox = QSpinBox(minimum=1, maximum=10)
    else:
        box = QDoubleSpinBox(minimum=-100.0, maximum=100.0, decimals=3)
        box.setSingleStep(0.01 if 0 < abs(default) < 0.1 else 0.1)
    box.setKeyboardTracking(False)  # one edit (and one undo step) per finished number
    if learned:
        box.setToolTip(QCoreApplication.translate(
            "ActivationLossPicker",
            "The starting value: training learns this parameter like a weight."))
    return box


class _ParamForm(QWidget):
    """Spin boxes for a mapping of named parameters; `edited(key, value)` on every change."""

    edited = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QAbstractSpinBox] = {}
        self._owner: str | None = None

    def show_params(
        self, owner: str, defaults: dict[str, float], values: dict[str, float], learned=()
    ) -> None:
        """Rebuild the boxes when `owner` (the activation or loss) changed; then show values."""
        if owner != self._owner:
            self._owner = owner
            while self.form.rowCount():
                self.form.removeRow(0)
            self.boxes = {}
            for key, default in defaults.items():
                box = _param_box(key, default, key in learned)
                box.valueChanged.connect(lambda value, key=key: self.edited.emit(key, value))
                label = param_label(key)
                if key in learned:
                    label = QCoreApplication.translate("ActivationLossPicker", "{0} (start)")\
                        .format(label)
                self.form.addRow(label, box)
                self.boxes[key] = box
        for key, box in self.boxes.items():
            with QSignalBlocker(box):
                value = values[key]
                box.setValue(int(value) if isinstance(box, QSpinBox) else float(value))
        self.setVisible(bool(self.boxes))


class ActivationLossPicker(QWidget):
    """Pick the activation of one layer and the network's loss; explain both, and advise.

    Every change is an undoable `session.edit_spec`. `layer_selected(index)` fires when the
    user picks another layer here, so a canvas can highlight it.
    """

    layer_selected = Signal(int)

    def __init__(self, session: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.layer_index = 0 if len(session.spec.layers) > 1 else len(session.spec.layers) - 1
        self.task: str | None = None
        self.n_classes: int | None = None
        self.current_advice: list[Advice] = []

        self.layer_combo = QComboBox(toolTip=self.tr("The layer whose activation is shown and set"))
        self.activation_combo = QComboBox(toolTip=self.tr("The activation function of this layer"))
        for name, activation in ACTIVATIONS.items():
            self.activation_combo.addItem(translated(activation.label, ACTIVATIONS.context), name)
        self.activation_params = _ParamForm()
        self.apply_all_button = QPushButton(self.tr("Apply to all hidden layers"))
        self.apply_all_button.setToolTip(
            self.tr("Give every hidden layer this activation and parameters"))
        self.plot = self._make_plot()
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.activation_text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.activation_about = _Collapsible(self.tr("About this activation"), expanded=False)

        self.loss_combo = QComboBox(toolTip=self.tr("The loss that training minimises"))
        for name, loss in LOSSES.items():
            self.loss_combo.addItem(translated(loss.label, LOSSES.context), name)
        self.loss_params = _ParamForm()
        self.loss_text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.loss_about = _Collapsible(self.tr("About this loss"), expanded=False)

        self.advice_box = QVBoxLayout()
        self.advice_box.setSpacing(4)
        self._build_layout()

        self.layer_combo.activated.connect(self.select_layer)
        self.activation_combo.activated.connect(self._activation_chosen)
        self.activation_params.edited.connect(self._activation_param_edited)
        self.apply_all_button.clicked.connect(self.apply_to_all_hidden)
        self.loss_combo.activated.connect(self._loss_chosen)
        self.loss_params.edited.connect(self._loss_param_edited)
        session.spec_changed.connect(self._sync)
        self._sync()

    def _make_plot(self) -> pg.PlotWidget:
        plot = new_plot_widget(self)
        plot.setMinimumHeight(120)
        plot.setMaximumHeight(160)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        style_axes(plot.getPlotItem(), self)
        follow_palette(plot.addLine(x=0))
        follow_palette(plot.addLine(y=0))
        self.f_curve = plot.plot(pen=pg.mkPen(F_COLOR, width=2))
        self.df_curve = plot.plot(pen=pg.mkPen(DF_COLOR, width=2, style=Qt.PenStyle.DashLine))
        return plot

    def _build_layout(self) -> None:
        # The choices first, so they are visible without scrolling; the explanations below.
        activation_group = QGroupBox(self.tr("Activation"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Layer"), self.layer_combo)
        form.addRow(self.tr("Function"), self.activation_combo)
        box = QVBoxLayout(activation_group)
        box.addLayout(form)
        box.addWidget(self.activation_params)
        box.addWidget(self.apply_all_button)

        loss_group = QGroupBox(self.tr("Loss"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Function"), self.loss_combo)
        box = QVBoxLayout(loss_group)
        box.addLayout(form)
        box.addWidget(self.loss_params)

        explained_group = QGroupBox(self.tr("Explained"))
        box = QVBoxLayout(explained_group)
        box.addWidget(self.plot)
        box.addWidget(self.legend)
        box.addWidget(self.activation_text)
        box.addWidget(self.activation_about)
        box.addWidget(self.loss_text)
        box.addWidget(self.loss_about)

        # First, and only when there is something to say: it must not hide below the fold.
        self.advice_group = QGroupBox(self.tr("Advice"))
        self.advice_group.setLayout(self.advice_box)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 4, 4)
        for group in (self.advice_group, activation_group, loss_group, explained_group):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @Slot(int)
    def select_layer(self, index: int) -> None:
        """Show the activation of layer `index` (0 = first hidden layer, −1 = output)."""
        count = len(self.session.spec.layers)
        index = index % count if index < 0 else min(index, count - 1)
        changed = index != self.layer_index
        self.layer_index = index
        self._sync()
        if changed:
            self.layer_selected.emit(index)

    @Slot(str)
    def set_task(self, task: str | None, n_classes: int | None = None) -> None:
        """The data's task ("binary", "multiclass", "regression") the advice is about."""
        self.task, self.n_classes = task, n_classes
        self._show_advice(self.session.spec)

    @Slot()
    def apply_to_all_hidden(self) -> None:
        """Give every hidden layer the shown layer's activation and parameters."""
        spec = self.session.spec
        chosen = spec.layers[self.layer_index]
        hidden = tuple(
            layer.with_(activation=chosen.activation, params=chosen.params) for layer in spec.hidden
        )
        label = translated(ACTIVATIONS[chosen.activation].label, ACTIVATIONS.context)
        self.session.edit_spec(spec.with_(layers=hidden + (spec.output,)),
                               self.tr("Set all hidden activations to {0}").format(label))

    def _edit_layer(self, activation: str, params: dict[str, float], description: str) -> None:
        spec = self.session.spec
        layers = list(spec.layers)
        layers[self.layer_index] = layers[self.layer_index].with_(
            activation=activation, params=params
        )
        self.session.edit_spec(spec.with_(layers=tuple(layers)), description)

    def _activation_chosen(self, row: int) -> None:
        name = self.activation_combo.itemData(row)
        old = self.session.spec.layers[self.layer_index]
        if name == old.activation:
            return
        kept = {k: v for k, v in old.params.items() if k in ACTIVATIONS[name].defaults}
        where = translated(layer_title(self.session.spec, self.layer_index).lower())
        label = translated(ACTIVATIONS[name].label, ACTIVATIONS.context)
        self._edit_layer(name, kept, self.tr("Set activation of {0} to {1}").format(where, label))

    def _activation_param_edited(self, key: str, value: float) -> None:
        layer = self.session.spec.layers[self.layer_index]
        params = {**layer.params, key: value}
        label = translated(ACTIVATIONS[layer.activation].label, ACTIVATIONS.context)
        self._edit_layer(layer.activation, params,
                         self.tr("Set {0} {1}").format(label, param_label(key)))

    def _loss_chosen(self, row: int) -> None:
        name = self.loss_combo.itemData(row)
        spec = self.session.spec
        if name != spec.loss:
            kept = {k: v for k, v in spec.loss_params.items() if k in LOSSES[name].defaults}
            label = translated(LOSSES[name].label, LOSSES.context)
            self.session.edit_spec(spec.with_(loss=name, loss_params=kept),
                                   self.tr("Set loss to {0}").format(label))

    def _loss_param_edited(self, key: str, value: float) -> None:
        spec = self.session.spec
        label = self.tr("Set {0} {1}").format(
            translated(LOSSES[spec.loss].label, LOSSES.context), param_label(key))
        self.session.edit_spec(spec.with_(loss_params={**spec.loss_params, key: value}), label)

    def _sync(self, *_: object) -> None:
        """Show the session's spec; blocks the widgets' signals so showing never edits."""
        spec = self.session.spec
        self.layer_index = min(self.layer_index, len(spec.layers) - 1)
        self._sync_layers(spec)
        self._sync_activation(spec)
        self._sync_loss(spec)
        self._show_advice(spec)

    def _sync_layers(self, spec: NetworkSpec) -> None:
        with QSignalBlocker(self.layer_combo):
            self.layer_combo.clear()
            for index, layer in enumerate(spec.layers):
                neurons = self.tr("{0} neuron") if layer.units == 1 else self.tr("{0} neurons")
                name = translated(layer_title(spec, index))
                self.layer_combo.addItem(f"{name} · {neurons.format(layer.units)}", index)
            self.layer_combo.setCurrentIndex(self.layer_index)

    def _sync_activation(self, spec: NetworkSpec) -> None:
        layer = spec.layers[self.layer_index]
        is_output = self.layer_index == len(spec.layers) - 1
        model = self.activation_combo.model()
        with QSignalBlocker(self.activation_combo):
            for row in range(self.activation_combo.count()):
                name = self.activation_combo.itemData(row)
                allowed = is_output or not ACTIVATIONS[name].output_only
                model.item(row).setEnabled(allowed)
                model.item(row).setToolTip("" if allowed else self.tr("Only for the output layer"))
            self.activation_combo.setCurrentIndex(self.activation_combo.findData(layer.activation))
        if layer.activation not in ACTIVATIONS:
            return
        activation = ACTIVATIONS[layer.activation]
        params = activation.params(layer.params)
        self.activation_params.show_params(
            activation.name, activation.defaults, params, activation.learned
        )
        self.apply_all_button.setEnabled(bool(spec.hidden) and not activation.output_only)
        f, df, f_name, df_name = activation_curve(activation, params)
        self.f_curve.setData(CURVE_X, f)
        self.df_curve.setData(CURVE_X, df)
        # Below the plot rather than on it, so a long name never hides the curve.
        self.legend.setText(
            f"<span style='color:{hex_colour(F_COLOR)}'>━━</span> {escape(f_name)} &nbsp; "
            f"<span style='color:{hex_colour(DF_COLOR)}'>╍╍</span> {escape(df_name)}"
        )
        value_range = translated(activation.value_range, ACTIVATIONS.context)
        value_range_text = self.tr("range {0}").format(value_range)
        self.activation_text.setText(
            f"{escape(translated(activation.formula, ACTIVATIONS.context))}<br>"
            f"{escape(translated(activation.derivative_formula, ACTIVATIONS.context))}"
            f"<br>{escape(value_range_text)}"
        )
        self.activation_about.body.setText(_about(ACTIVATIONS.context, activation))

    def _sync_loss(self, spec: NetworkSpec) -> None:
        with QSignalBlocker(self.loss_combo):
            self.loss_combo.setCurrentIndex(self.loss_combo.findData(spec.loss))
        if spec.loss not in LOSSES:
            return
        loss = LOSSES[spec.loss]
        self.loss_params.show_params(loss.name, loss.defaults, loss.params(spec.loss_params))
        self.loss_text.setText(f"{escape(translated(loss.formula, LOSSES.context))}<br>"
                               f"{escape(translated(loss.gradient_formula, LOSSES.context))}")
        self.loss_about.body.setText(_about(LOSSES.context, loss))

    def _show_advice(self, spec: NetworkSpec) -> None:
        self.current_advice = advice(spec, self.task, self.n_classes)
        while self.advice_box.count():
            self.advice_box.takeAt(0).widget().deleteLater()
        for item in self.current_advice:
            background, border, word = LEVEL_STYLES[item.level]
            label = QLabel(f"<b>{escape(_tr(word))}:</b> {escape(translated(item.message))}",
                           wordWrap=True)
            label.setStyleSheet(
                f"QLabel {{ background: {background}; color: #202020; padding: 4px;"
                f" border-left: 3px solid {border}; }}"
            )
            label.setProperty("level", item.level)
            self.advice_box.addWidget(label)
        self.advice_group.setVisible(bool(self.current_advice))


def _about(context: str, entry: Activation | Loss) -> str:
    """An activation's or loss's label and notes, translated in its registry's `context`."""
    label, notes = translated(entry.label, context), translated(entry.notes, context)
    return f"<b>{escape(label)}</b><br>{escape(notes)}"
