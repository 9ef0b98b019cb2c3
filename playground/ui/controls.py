"""Training controls: the transport row (play, step, reset, speed, epoch counter) and the
hyperparameter form. Every edit applies live through the session; nothing here trains."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ..engine.initializers import INITIALIZERS
from ..engine.optimizers import OPTIMIZERS
from ..engine.registry import Registry
from ..engine.regularizations import REGULARIZATIONS
from ..engine.spec import Rule, TrainSettings, setting_rules
from ..engine.texts import QT_TRANSLATE_NOOP
from .language import translated
from .session import SessionModel
from .steady import SteadyLabel
from .theme import ink

LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
EPSILONS = (1e-8, 1e-7, 1e-6, 1e-5, 1e-4)
STOP_LOSSES = (0.1, 0.05, 0.01, 0.005, 0.001)
SPEEDS = (1, 2, 5, 10, 50, 0)  # epochs per update; 0 = as fast as possible
RULES = setting_rules(TrainSettings)
# How the optimizer group shows a setting an optimizer reads: row label, presets, tooltip
# (the texts translated in CONTEXT). Which rows are shown is the chosen optimizer's
# `settings_used`.
CONTEXT = "TrainingControls"
OPTIMIZER_ROWS = {
    "learning_rate": (
        QT_TRANSLATE_NOOP("TrainingControls", "Learning rate"), LEARNING_RATES,
        QT_TRANSLATE_NOOP("TrainingControls",
                          "Learning rate α in W ← W − α·∂L/∂W (type any value)"),
    ),
    "momentum": (
        QT_TRANSLATE_NOOP("TrainingControls", "Momentum"), (0.5, 0.9, 0.95, 0.99),
        QT_TRANSLATE_NOOP("TrainingControls", "How much of the previous step to keep (velocity)"),
    ),
    "rho": (
        QT_TRANSLATE_NOOP("TrainingControls", "Decay ρ"), (0.9, 0.95, 0.99),
        QT_TRANSLATE_NOOP("TrainingControls",
                          "Decay of RMSProp's running mean of squared gradients"),
    ),
    "beta1": ("β₁", (0.8, 0.9, 0.95),
              QT_TRANSLATE_NOOP("TrainingControls",
                                "Adam's decay of the running mean of gradients")),
    "beta2": ("β₂", (0.99, 0.999, 0.9999),
              QT_TRANSLATE_NOOP("TrainingControls",
                                "Adam's decay of the mean of squared gradients")),
    "epsilon": ("ε", EPSILONS,
                QT_TRANSLATE_NOOP("TrainingControls", "Added to the denominator to avoid ÷ 0")),
}
ERROR_STYLE = "QComboBox { border: 2px solid #d32f2f; border-radius: 3px; padding: 1px 4px; }"


def number_text(value: float) -> str:
    """A number as a person would type it: 0.00001, 0.3, 10, and 1e-8 for tiny ones; twelve
    digits keep every value a person types (and hide float noise such as 0.1 * 3)."""
    value = float(f"{value:.12g}")
    if value != 0 and abs(value) < 1e-5:
        return np.format_float_scientific(value, trim="-", exp_digits=1)
    return np.format_float_positional(value, trim="-")


class NumberBox(QComboBox):
    """An editable combo of preset numbers that also takes typed ones.

    Text that is not an acceptable number gets a red border, and `message` (a label the form
    puts under the box) names the problem; nothing is committed and no value is changed
    without a word. `rule` decides which numbers are acceptable; a nullable rule's None is
    shown and typed as `none_text` (first in the list). With `percent` the box shows and
    takes the value in percent ("12.5 %" for 0.125).
    """

    value_committed = Signal(object)  # a float, or None for `none_text`

    def __init__(
        self,
        presets: Iterable[float],
        rule: Rule,
        tooltip: str,
        parent: QWidget | None = None,
        *,
        none_text: str = "",
        percent: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._rule, self._tooltip = rule, tooltip
        self._none_text = none_text if rule.nullable else ""
        self._scale, self._unit = (100.0, " %") if percent else (1.0, "")
        self._shown_rule = _scaled(rule, self._scale)  # says what to type, in the box's unit
        if self._none_text:
            self.addItem(self._none_text)
        self.addItems([self.text_of(v) for v in presets])
        self.error: str | None = None
        self.message = QLabel(wordWrap=True)
        self.message.hide()
        self.setToolTip(tooltip)
        self.lineEdit().editingFinished.connect(self._commit)
        self.activated.connect(self._commit)
        self.lineEdit().textEdited.connect(lambda _text: self._show_error(None))

    def text_of(self, value: float | None) -> str:
        """How the box shows `value`."""
        if value is None:
            return self._none_text
        return number_text(value * self._scale) + self._unit

    def set_value(self, value: float | None) -> None:
        """Show `value` without committing it; clears any error."""
        with QSignalBlocker(self):
            self.setEditText(self.text_of(value))
        self._show_error(None)

    def value_of(self, text: str) -> tuple[float | None, str | None]:
        """The value typed as `text` and None, or None and what is wrong with it."""
        text = text.strip()
        if self._none_text and text.casefold() in ("", self._none_text.casefold()):
            return None, None
        number = text.removesuffix(self._unit.strip()).strip() if self._unit else text
        try:
            value = float(number) / self._scale
        except ValueError:
            return None, (self.tr("“{0}” is not a number").format(text) if text
                          else self.tr("enter a number"))
        if self._rule.problem(value) is not None:  # said in the box's unit
            problem = self._shown_rule.problem_text(value * self._scale, self._none_text)
            return None, self.tr("it {0}").format(translated(problem))
        return value, None

    def _commit(self, *_args: object) -> None:
        value, problem = self.value_of(self.currentText())
        self._show_error(problem)
        if problem is None:
            self.value_committed.emit(value)

    def _show_error(self, problem: str | None) -> None:
        self.error = problem
        self.setStyleSheet(ERROR_STYLE if problem else "")
        self.setToolTip(self.tr("Not applied: {0}").format(problem) if problem
                        else self._tooltip)
        self.message.setText(self.tr("Not applied: {0}.").format(problem) if problem else "")
        self.message.setStyleSheet(f"color: {ink(self.palette(), 'error')};")
        self.message.setVisible(bool(problem) and self.isVisible())


def _scaled(rule: Rule, scale: float) -> Rule:
    """`rule` with its bounds in a unit `scale` times smaller (percent for 100)."""
    if scale == 1:
        return rule
    bounds = {name: getattr(rule, name) for name in ("at_least", "above", "at_most", "below")}
    return replace(rule, **{name: None if bound is None else bound * scale
                            for name, bound in bounds.items()})


def _int_box(name: str, tooltip: str, special: str = "") -> QSpinBox:
    """A spin box over every whole number the setting `name` accepts; with `special` (shown
    for it) one below the lowest stands for None."""
    rule = RULES[name]
    low = int(rule.at_least) - (1 if special else 0)
    box = QSpinBox(minimum=low, maximum=int(rule.at_most))
    box.setToolTip(tooltip)
    box.setKeyboardTracking(False)  # apply on Enter or focus-out, not on every digit
    box.setGroupSeparatorShown(True)
    box.setSpecialValueText(special)
    return box


def _entry_box(registry: Registry, tooltip: str) -> QComboBox:
    """A combo of every entry of `registry`: its label, its name as data, its formula and notes
    as the item's tooltip, translated."""
    box = QComboBox()
    for entry in registry.values():
        box.addItem(translated(entry.label, registry.context), entry.name)
        tip = [translated(text, registry.context) for text in (entry.formula, entry.notes)]
        box.setItemData(box.count() - 1, "\n".join(tip), Qt.ItemDataRole.ToolTipRole)
    box.setToolTip(tooltip)
    return box


def _form(*rows: tuple[str, QWidget | QLayout]) -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(8, 4, 8, 6)
    form.setVerticalSpacing(4)
    for label, field in rows:
        form.addRow(label, field)
        if isinstance(field, NumberBox):
            form.addRow("", field.message)  # what is wrong, right under the box
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
        self.epoch_label.setToolTip(self.tr("Epochs trained: full passes over the training set"))
        self.set_epoch(0)

        self.play_button = QPushButton()
        self.play_button.setToolTip(self.tr("Start or pause training (Space)"))
        self.play_button.clicked.connect(self._toggle_play)
        self.step_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaSkipForward),
                                       self.tr("Step"))
        self.step_button.setToolTip(self.tr("Train one epoch (S)"))
        self.step_button.clicked.connect(self.step_requested)
        self.reset_button = QPushButton(icon(QStyle.StandardPixmap.SP_BrowserReload),
                                        self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Re-initialise the weights with the same seed (R)"))
        self.reset_button.clicked.connect(self.reset_requested)
        self.set_running(False)

        self.speed_box = QComboBox()
        for speed in SPEEDS:
            text = str(speed) if speed else self.tr("Max")
            self.speed_box.addItem(text, speed)
        self.speed_box.setToolTip(self.tr("How many epochs to train between two redraws"))
        self.speed_box.currentIndexChanged.connect(lambda _i: self.speed_changed.emit(self.speed()))

        buttons = QHBoxLayout()
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Epochs per update")))
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
        self.play_button.setText(self.tr("Pause") if running else self.tr("Play"))

    def is_running(self) -> bool:
        """Whether the Play/Pause button currently shows Pause."""
        return self._running

    def set_epoch(self, epoch: int, trained: int | None = None) -> None:
        """Show the number of epochs trained, e.g. "Epoch 000,123"; or, with `trained`, the
        past epoch the timeline shows, greyed, while training has reached `trained`."""
        self.epoch_label.setText(self.tr("Epoch {0}").format(f"{epoch:07,d}"))
        past = trained is not None
        if past != self.epoch_label.property("past"):
            self.epoch_label.setProperty("past", past)
            grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self.epoch_label.setStyleSheet(f"color: {grey};" if past else "")
        self.epoch_label.setToolTip(
            self.tr("A past epoch, shown from the timeline; training has reached epoch {0} "
                    "(Live or End follows it again)").format(f"{trained:,d}") if past
            else self.tr("Epochs trained: full passes over the training set"))

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
        self.optimizer_box = _entry_box(
            OPTIMIZERS, self.tr("The rule that turns gradients into weight updates")
        )
        self.optimizer_box.currentIndexChanged.connect(
            lambda _i: self._apply(optimizer=self.optimizer_box.currentData())
        )
        used = {name for optimizer in OPTIMIZERS.values() for name in optimizer.settings_used}
        rows: list[tuple[str, QWidget]] = [(self.tr("Type"), self.optimizer_box)]
        self.setting_boxes: dict[str, NumberBox] = {}  # a row per setting any optimizer reads
        for name in [field for field in RULES if field in used]:  # in TrainSettings' order
            label, presets, tooltip = OPTIMIZER_ROWS[name]
            box = NumberBox(presets, RULES[name], translated(tooltip, CONTEXT))
            box.value_committed.connect(lambda v, name=name: self._apply(**{name: v}))
            self.setting_boxes[name] = box
            rows.append((translated(label, CONTEXT), box))
        self.batch_size_box = _int_box(
            "batch_size", self.tr("Samples per gradient step (minibatch size)"))
        self.batch_size_box.valueChanged.connect(lambda v: self._apply(batch_size=v))
        rows.append((self.tr("Batch size"), self.batch_size_box))
        self._optimizer_form = _form(*rows)
        return _group(self.tr("Optimizer"), self._optimizer_form)

    def _build_regularization_group(self) -> QGroupBox:
        self.regularization_box = _entry_box(
            REGULARIZATIONS, self.tr("Penalty on large weights (never on biases)")
        )
        self.regularization_box.currentIndexChanged.connect(
            lambda _i: self._apply(regularization=self.regularization_box.currentData())
        )
        self.reg_rate_box = NumberBox(REG_RATES, RULES["reg_rate"],
                                      self.tr("Strength λ of the penalty"))
        self.reg_rate_box.value_committed.connect(lambda v: self._apply(reg_rate=v))
        self._regularization_form = _form(
            (self.tr("Type"), self.regularization_box), (self.tr("Rate λ"), self.reg_rate_box)
        )
        return _group(self.tr("Regularization"), self._regularization_form)

    def _build_run_group(self) -> QGroupBox:
        self.seed_box = _int_box("seed", self.tr("Seed of the initial weights and batch order"))
        self.seed_box.valueChanged.connect(lambda v: self._apply(seed=v))
        self.new_seed_button = QPushButton(self.tr("New seed"))
        self.new_seed_button.setToolTip(self.tr("Pick a random seed; Reset starts from it"))
        self.new_seed_button.clicked.connect(
            lambda: self.seed_box.setValue(random.randrange(self.seed_box.maximum()))
        )
        self.shuffle_box = QCheckBox(self.tr("Shuffle every epoch"))
        self.shuffle_box.setToolTip(self.tr("Off keeps the data's order, as in hand calculations"))
        self.shuffle_box.toggled.connect(lambda on: self._apply(shuffle=on))
        self.max_epochs_box = _int_box("max_epochs", self.tr("Stop after this many epochs"),
                                       self.tr("No limit"))
        self.max_epochs_box.setSingleStep(100)
        self.max_epochs_box.valueChanged.connect(lambda v: self._apply(max_epochs=v or None))
        self.stop_at_loss_box = NumberBox(
            STOP_LOSSES, RULES["stop_at_loss"],
            self.tr("Stop once the training loss falls to this (type any value, or Off)"),
            none_text=self.tr("Off"),
        )
        self.stop_at_loss_box.value_committed.connect(lambda v: self._apply(stop_at_loss=v))

        self.init_box = _entry_box(
            INITIALIZERS, self.tr("How the initial weights are drawn (rebuilds the network)")
        )
        self.init_box.currentIndexChanged.connect(self._init_chosen)

        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_box, 1)
        seed_row.addWidget(self.new_seed_button)
        self._run_form = _form(
            (self.tr("Seed"), seed_row),
            (self.tr("Initial weights"), self.init_box),
            ("", self.shuffle_box),
            (self.tr("Max epochs"), self.max_epochs_box),
            (self.tr("Stop at loss"), self.stop_at_loss_box),
        )
        return _group(self.tr("Run"), self._run_form)

    def setting_widgets(self) -> dict[str, QWidget]:
        """The widget that edits each training setting, by its field name."""
        return {
            "optimizer": self.optimizer_box, **self.setting_boxes,
            "batch_size": self.batch_size_box, "regularization": self.regularization_box,
            "reg_rate": self.reg_rate_box, "seed": self.seed_box, "shuffle": self.shuffle_box,
            "max_epochs": self.max_epochs_box, "stop_at_loss": self.stop_at_loss_box,
        }

    def _init_chosen(self, _index: int) -> None:
        spec = self._session.spec
        name = self.init_box.currentData()
        label = self.init_box.currentText()
        self._session.edit_spec(spec.with_(init=name),
                                self.tr("Initial weights: {0}").format(label))

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
        )
        for combo, name in combos:
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(name))
        for spin, value in spins:
            with QSignalBlocker(spin):
                spin.setValue(value)
        with QSignalBlocker(self.shuffle_box):
            self.shuffle_box.setChecked(train.shuffle)
        self.reg_rate_box.set_value(train.reg_rate)
        self.stop_at_loss_box.set_value(train.stop_at_loss)
        self.reg_rate_box.setEnabled(REGULARIZATIONS[train.regularization].penalizes)
        shown = OPTIMIZERS[train.optimizer].settings_used
        for name, box in self.setting_boxes.items():
            box.set_value(getattr(train, name))
            self._optimizer_form.setRowVisible(box, name in shown)
