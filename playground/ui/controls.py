"""Training controls: the transport row (play, step, reset, speed, epoch counter) and the
hyperparameter form. Every edit applies live through the session; nothing here trains."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..engine.spec import TrainSettings
from .session import SessionModel
from .steady import SteadyLabel

LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
EPSILONS = (1e-8, 1e-7, 1e-6, 1e-5, 1e-4)
SPEEDS = (1, 2, 5, 10, 50, 0)  # epochs per update; 0 = as fast as possible
OPTIMIZERS = (("SGD", "sgd"), ("Momentum", "momentum"), ("RMSProp", "rmsprop"), ("Adam", "adam"))
REGULARIZATIONS = (("None", "none"), ("L1", "l1"), ("L2", "l2"))
INITIALIZERS = (
    ("Xavier / Glorot", "xavier", "U(±√(6/(fan_in+fan_out))): keeps tanh/sigmoid signals in range"),
    ("He", "he", "N(0, 2/fan_in): made for ReLU-like activations"),
    ("Uniform ±0.5", "uniform", "U(−0.5, 0.5) for weights and biases"),
    ("Zeros", "zeros", "All zero: every neuron in a layer stays identical (symmetry)"),
)
# The TrainSettings fields each optimizer reads besides the learning rate.
OPTIMIZER_FIELDS = ("momentum", "rho", "beta1", "beta2", "epsilon")
OPTIMIZER_PARAMS = {
    "sgd": (),
    "momentum": ("momentum",),
    "rmsprop": ("rho", "epsilon"),
    "adam": ("beta1", "beta2", "epsilon"),
}
ERROR_STYLE = "QComboBox { border: 2px solid #d32f2f; border-radius: 3px; padding: 1px 4px; }"


def number_text(value: float) -> str:
    """A number as a person would type it: 0.00001, 0.3, 10, and 1e-8 for tiny ones."""
    value = float(f"{value:.6g}")
    if value != 0 and abs(value) < 1e-5:
        return np.format_float_scientific(value, trim="-", exp_digits=1)
    return np.format_float_positional(value, trim="-")


class NumberBox(QComboBox):
    """An editable combo of preset numbers that also takes typed ones.

    Text that is not an acceptable number gets a red border and a tooltip naming the
    problem, and is not committed. `check` returns a problem description or None.
    """

    value_committed = Signal(float)

    def __init__(
        self,
        presets: Iterable[float],
        check: Callable[[float], str | None],
        tooltip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems([number_text(v) for v in presets])
        self._check, self._tooltip = check, tooltip
        self.error: str | None = None
        self.setToolTip(tooltip)
        self.lineEdit().editingFinished.connect(self._commit)
        self.activated.connect(self._commit)
        self.lineEdit().textEdited.connect(lambda _text: self._show_error(None))

    def set_value(self, value: float) -> None:
        """Show `value` without committing it; clears any error."""
        with QSignalBlocker(self):
            self.setEditText(number_text(value))
        self._show_error(None)

    def _commit(self, *_args: object) -> None:
        text = self.currentText().strip()
        try:
            value = float(text)
        except ValueError:
            problem = f"“{text}” is not a number" if text else "enter a number"
        else:
            problem = "it must be finite" if not math.isfinite(value) else self._check(value)
        self._show_error(problem)
        if problem is None:
            self.value_committed.emit(value)

    def _show_error(self, problem: str | None) -> None:
        self.error = problem
        self.setStyleSheet(ERROR_STYLE if problem else "")
        self.setToolTip(f"Not applied: {problem}" if problem else self._tooltip)


def _positive(value: float) -> str | None:
    return None if value > 0 else "it must be greater than 0"


def _not_negative(value: float) -> str | None:
    return None if value >= 0 else "it must not be negative"


def _fraction(value: float) -> str | None:
    return None if 0 <= value < 1 else "it must be at least 0 and below 1"


def _int_box(low: int, high: int, tooltip: str, special: str = "") -> QSpinBox:
    box = QSpinBox(minimum=low, maximum=high)
    box.setToolTip(tooltip)
    box.setKeyboardTracking(False)  # apply on Enter or focus-out, not on every digit
    box.setGroupSeparatorShown(True)
    box.setSpecialValueText(special)
    return box


def _form(*rows: tuple[str, QWidget | QLayout]) -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(8, 4, 8, 6)
    form.setVerticalSpacing(4)
    for label, field in rows:
        form.addRow(label, field)
    return form


def _group(title: str, form: QFormLayout) -> QGroupBox:
    group = QGroupBox(title)
    group.setLayout(form)
    return group


def _align_labels(*forms: QFormLayout) -> None:
    """Give every form's label column one width, so the fields line up across groups."""
    role = QFormLayout.ItemRole.LabelRole
    items = [form.itemAt(row, role) for form in forms for row in range(form.rowCount())]
    labels = [item.widget() for item in items if item is not None]
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)


class TrainingControls(QWidget):
    """Play/Pause, Step, Reset, speed and epoch counter above the training hyperparameters."""

    play_requested = Signal()
    pause_requested = Signal()
    step_requested = Signal()
    reset_requested = Signal()
    speed_changed = Signal(int)  # epochs per update, 0 = as fast as possible

    def __init__(self, session: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._running = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_transport())
        layout.addWidget(self._build_optimizer_group())
        layout.addWidget(self._build_regularization_group())
        layout.addWidget(self._build_run_group())
        layout.addStretch(1)
        layout.setSpacing(6)
        layout.setContentsMargins(6, 6, 6, 6)
        _align_labels(self._optimizer_form, self._regularization_form, self._run_form)
        self._sync(session.train)
        self._sync_init()
        session.train_changed.connect(self._sync)
        session.spec_changed.connect(lambda _spec: self._sync_init())

    # -- transport -------------------------------------------------------------------------

    def _build_transport(self) -> QVBoxLayout:
        icon = self.style().standardIcon
        self.epoch_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.epoch_label.setFont(font)
        self.epoch_label.setToolTip("Epochs trained: full passes over the training set")
        self.set_epoch(0)

        self.play_button = QPushButton()
        self.play_button.setToolTip("Start or pause training (Space)")
        self.play_button.clicked.connect(self._toggle_play)
        self.step_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaSkipForward), "Step")
        self.step_button.setToolTip("Train one epoch (S)")
        self.step_button.clicked.connect(self.step_requested)
        self.reset_button = QPushButton(icon(QStyle.StandardPixmap.SP_BrowserReload), "Reset")
        self.reset_button.setToolTip("Re-initialise the weights with the same seed (R)")
        self.reset_button.clicked.connect(self.reset_requested)
        self.set_running(False)

        self.speed_box = QComboBox()
        for speed in SPEEDS:
            text = str(speed) if speed else "Max"
            self.speed_box.addItem(text, speed)
        self.speed_box.setToolTip("How many epochs to train between two redraws")
        self.speed_box.currentIndexChanged.connect(lambda _i: self.speed_changed.emit(self.speed()))

        buttons = QHBoxLayout()
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel("Epochs per update"))
        speed_row.addWidget(self.speed_box, 1)
        transport = QVBoxLayout()
        transport.addWidget(SteadyLabel(self.epoch_label))  # its text changes with every update
        transport.addLayout(buttons)
        transport.addLayout(speed_row)
        return transport

    def _toggle_play(self) -> None:
        self.set_running(not self._running)
        (self.play_requested if self._running else self.pause_requested).emit()

    @Slot(bool)
    def set_running(self, running: bool) -> None:
        """Show Pause while training runs and Play otherwise; emits nothing."""
        self._running = running
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if running else pixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText("Pause" if running else "Play")

    def is_running(self) -> bool:
        """Whether the Play/Pause button currently shows Pause."""
        return self._running

    @Slot(int)
    def set_epoch(self, epoch: int) -> None:
        """Show the number of epochs trained, e.g. "Epoch 000,123"."""
        self.epoch_label.setText(f"Epoch {epoch:07,d}")

    def speed(self) -> int:
        """Epochs per update; 0 means as fast as possible."""
        return int(self.speed_box.currentData())

    def set_speed(self, speed: int) -> None:
        """Select `speed` (one of SPEEDS); emits speed_changed if it changed."""
        self.speed_box.setCurrentIndex(SPEEDS.index(speed))

    # -- settings form ---------------------------------------------------------------------

    def _apply(self, **changes: object) -> None:
        self._session.set_train(self._session.train.with_(**changes))

    def _build_optimizer_group(self) -> QGroupBox:
        self.optimizer_box = QComboBox()
        for text, name in OPTIMIZERS:
            self.optimizer_box.addItem(text, name)
        self.optimizer_box.setToolTip("The rule that turns gradients into weight updates")
        self.optimizer_box.currentIndexChanged.connect(
            lambda _i: self._apply(optimizer=self.optimizer_box.currentData())
        )
        self.learning_rate_box = NumberBox(
            LEARNING_RATES, _positive, "Learning rate α in W ← W − α·∂L/∂W (type any value)"
        )
        self.momentum_box = NumberBox(
            (0.5, 0.9, 0.95, 0.99), _fraction, "How much of the previous step to keep (velocity)"
        )
        self.rho_box = NumberBox(
            (0.9, 0.95, 0.99), _fraction, "Decay of RMSProp's running mean of squared gradients"
        )
        self.beta1_box = NumberBox(
            (0.8, 0.9, 0.95), _fraction, "Adam's decay of the running mean of gradients"
        )
        self.beta2_box = NumberBox(
            (0.99, 0.999, 0.9999), _fraction, "Adam's decay of the mean of squared gradients"
        )
        self.epsilon_box = NumberBox(EPSILONS, _positive, "Added to the denominator to avoid ÷ 0")
        for name in ("learning_rate", *OPTIMIZER_FIELDS):
            box = getattr(self, f"{name}_box")
            box.value_committed.connect(lambda v, name=name: self._apply(**{name: v}))
        self.batch_size_box = _int_box(1, 10_000, "Samples per gradient step (minibatch size)")
        self.batch_size_box.valueChanged.connect(lambda v: self._apply(batch_size=v))
        self._optimizer_form = _form(
            ("Type", self.optimizer_box),
            ("Learning rate", self.learning_rate_box),
            ("Momentum", self.momentum_box),
            ("Decay ρ", self.rho_box),
            ("β₁", self.beta1_box),
            ("β₂", self.beta2_box),
            ("ε", self.epsilon_box),
            ("Batch size", self.batch_size_box),
        )
        return _group("Optimizer", self._optimizer_form)

    def _build_regularization_group(self) -> QGroupBox:
        self.regularization_box = QComboBox()
        for text, name in REGULARIZATIONS:
            self.regularization_box.addItem(text, name)
        self.regularization_box.setToolTip("Penalty on large weights (never on biases)")
        self.regularization_box.currentIndexChanged.connect(
            lambda _i: self._apply(regularization=self.regularization_box.currentData())
        )
        self.reg_rate_box = NumberBox(REG_RATES, _not_negative, "Strength λ of the penalty")
        self.reg_rate_box.value_committed.connect(lambda v: self._apply(reg_rate=v))
        self._regularization_form = _form(
            ("Type", self.regularization_box), ("Rate λ", self.reg_rate_box)
        )
        return _group("Regularization", self._regularization_form)

    def _build_run_group(self) -> QGroupBox:
        self.seed_box = _int_box(0, 2**31 - 1, "Seed of the initial weights and batch order")
        self.seed_box.valueChanged.connect(lambda v: self._apply(seed=v))
        self.new_seed_button = QPushButton("New seed")
        self.new_seed_button.setToolTip("Pick a random seed; Reset starts from it")
        self.new_seed_button.clicked.connect(
            lambda: self.seed_box.setValue(random.randrange(self.seed_box.maximum()))
        )
        self.shuffle_box = QCheckBox("Shuffle every epoch")
        self.shuffle_box.setToolTip("Off keeps the data's order, as in hand calculations")
        self.shuffle_box.toggled.connect(lambda on: self._apply(shuffle=on))
        self.max_epochs_box = _int_box(0, 10_000_000, "Stop after this many epochs", "No limit")
        self.max_epochs_box.setSingleStep(100)
        self.max_epochs_box.valueChanged.connect(lambda v: self._apply(max_epochs=v or None))
        self.stop_at_loss_box = QDoubleSpinBox(minimum=0.0, maximum=1000.0, decimals=5)
        self.stop_at_loss_box.setSingleStep(0.001)
        self.stop_at_loss_box.setSpecialValueText("Off")
        self.stop_at_loss_box.setKeyboardTracking(False)
        self.stop_at_loss_box.setToolTip("Stop once the training loss falls below this")
        self.stop_at_loss_box.valueChanged.connect(lambda v: self._apply(stop_at_loss=v or None))

        self.init_box = QComboBox()
        for text, name, tip in INITIALIZERS:
            self.init_box.addItem(text, name)
            self.init_box.setItemData(self.init_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.init_box.setToolTip("How the initial weights are drawn (rebuilds the network)")
        self.init_box.currentIndexChanged.connect(self._init_chosen)

        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_box, 1)
        seed_row.addWidget(self.new_seed_button)
        self._run_form = _form(
            ("Seed", seed_row),
            ("Initial weights", self.init_box),
            ("", self.shuffle_box),
            ("Max epochs", self.max_epochs_box),
            ("Stop at loss", self.stop_at_loss_box),
        )
        return _group("Run", self._run_form)

    def _init_chosen(self, _index: int) -> None:
        spec = self._session.spec
        name = self.init_box.currentData()
        label = self.init_box.currentText()
        self._session.edit_spec(spec.with_(init=name), f"Initial weights: {label}")

    def _sync_init(self) -> None:
        with QSignalBlocker(self.init_box):
            self.init_box.setCurrentIndex(self.init_box.findData(self._session.spec.init))

    @Slot(object)
    def _sync(self, train: TrainSettings) -> None:
        """Show `train` in the form without sending anything back to the session."""
        combos = (
            (self.optimizer_box, train.optimizer),
            (self.regularization_box, train.regularization),
        )
        spins = (
            (self.batch_size_box, train.batch_size),
            (self.seed_box, train.seed),
            (self.max_epochs_box, train.max_epochs or 0),
            (self.stop_at_loss_box, train.stop_at_loss or 0.0),
        )
        for combo, name in combos:
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(name))
        for spin, value in spins:
            with QSignalBlocker(spin):
                spin.setValue(value)
        with QSignalBlocker(self.shuffle_box):
            self.shuffle_box.setChecked(train.shuffle)
        for name in ("learning_rate", "reg_rate", *OPTIMIZER_FIELDS):
            getattr(self, f"{name}_box").set_value(getattr(train, name))
        self.reg_rate_box.setEnabled(train.regularization != "none")
        shown = OPTIMIZER_PARAMS.get(train.optimizer, ())
        for name in OPTIMIZER_FIELDS:
            self._optimizer_form.setRowVisible(getattr(self, f"{name}_box"), name in shown)
