"""Runs: each Reset, change of structure or data, opened file and Continue from here starts one.

A run is kept with its curves and final weights (not its weight archive: that is the current
run's alone, under the one bound of engine.archive). The label that says what differed from the
run before is a pure function of two setups (`describe_change`, or `describe_change_text` to
show it in the interface's language; files keep the English).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

from .activations import ACTIVATIONS
from .history import History
from .initializers import INITIALIZERS
from .losses import LOSSES
from .network import LayerParams
from .optimizers import OPTIMIZERS
from .spec import DataSettings, NetworkSpec, TrainSettings, setting_rules
from .texts import QT_TRANSLATE_NOOP, Text

# Settings named by their registry's labels rather than their keys.
_LABELS = {"optimizer": OPTIMIZERS}


@dataclass(frozen=True)
class RunSetup:
    """What a run starts from: the network, training and data settings, and for a run that
    continues another, the epoch it continues from."""

    spec: NetworkSpec
    train: TrainSettings
    data: DataSettings
    continued_from: int | None = None


@dataclass
class Run:
    """One run: how it started (`setup`, `label`), the settings it ended with, its epochs'
    numbers and its final weights. A ghost run is the future a Continue from here left."""

    number: int
    label: str
    setup: RunSetup
    train: TrainSettings
    history: History = field(default_factory=History)
    weights: list[LayerParams] | None = None
    epoch: int = 0
    pinned: bool = False
    ghost: bool = False
    label_text: Text | None = None  # the label to translate, for a run labelled here

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Run):
            return NotImplemented
        plain = ("number", "label", "setup", "train", "history", "epoch", "pinned", "ghost")
        return (all(getattr(self, name) == getattr(other, name) for name in plain)
                and _same_weights(self.weights, other.weights))

    __hash__ = None  # mutable


def _same_weights(a: list[LayerParams] | None, b: list[LayerParams] | None) -> bool:
    if a is None or b is None:
        return a is b
    return len(a) == len(b) and all(
        x.keys() == y.keys() and all(np.array_equal(x[k], y[k]) for k in x)
        for x, y in zip(a, b))


def _said(template: str, *args: object) -> Text:
    return Text("Runs", template, args)


def _number(value: object) -> str | Text:
    if value is None:
        return _said(QT_TRANSLATE_NOOP("Runs", "none"))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _layer_name(index: int, count: int) -> Text:
    if index == count - 1:
        return _said(QT_TRANSLATE_NOOP("Runs", "output"))
    return _said(QT_TRANSLATE_NOOP("Runs", "hidden {0}"), index + 1)


def _params_text(params: object) -> str:
    return ", ".join(f"{key} {_number(value)}" for key, value in sorted(dict(params).items()))


def _changed(what: Text | str, old: object, new: object) -> Text:
    return _said(QT_TRANSLATE_NOOP("Runs", "{0} {1} → {2}"), what, old, new)


def _named_change(what: Text, registry: Mapping[str, Any], old: str, new: str,
                  old_params: Mapping[str, float], new_params: Mapping[str, float]) -> list[Text]:
    """`what` changed from one registry entry to another, or in its parameters."""
    if old != new:
        return [_changed(what, Text(registry.context, registry[old].label),
                         Text(registry.context, registry[new].label))]
    if old_params != new_params:
        return [_changed(what, _params_text(old_params), _params_text(new_params))]
    return []


def _spec_changes(before: NetworkSpec, after: NetworkSpec) -> list[Text]:
    changes = []
    if before.features != after.features:
        changes.append(_changed(_said(QT_TRANSLATE_NOOP("Runs", "inputs")),
                                ", ".join(before.features), ", ".join(after.features)))
    if len(before.layers) != len(after.layers):
        widths = [", ".join(str(layer.units) for layer in spec.hidden) or _number(None)
                  for spec in (before, after)]
        changes.append(_changed(_said(QT_TRANSLATE_NOOP("Runs", "hidden layers")), *widths))
    else:
        count = len(after.layers)
        for index, (old, new) in enumerate(zip(before.layers, after.layers)):
            name = _layer_name(index, count)
            if old.units != new.units:
                changes.append(_said(QT_TRANSLATE_NOOP("Runs", "{0}: {1} → {2} neurons"), name,
                                     old.units, new.units))
            changes += _named_change(_said("{0}:", name), ACTIVATIONS, old.activation,
                                     new.activation, old.params, new.params)
    changes += _named_change(_said(QT_TRANSLATE_NOOP("Runs", "loss")), LOSSES, before.loss,
                             after.loss, before.loss_params, after.loss_params)
    changes += _named_change(_said(QT_TRANSLATE_NOOP("Runs", "initializer")), INITIALIZERS,
                             before.init, after.init, {}, {})
    return changes


def _settings_changes(before: TrainSettings | DataSettings,
                      after: TrainSettings | DataSettings, data: bool = False) -> list[Text]:
    rules = setting_rules(type(after))
    changes = []
    for item in fields(after):
        old, new = getattr(before, item.name), getattr(after, item.name)
        if old == new:
            continue
        label = Text("Rules", rules[item.name].label)
        if data:
            label = _said(QT_TRANSLATE_NOOP("Runs", "data: {0}"), label)
        if isinstance(new, tuple):
            changes.append(_said(QT_TRANSLATE_NOOP("Runs", "{0} changed"), label))
            continue
        registry = _LABELS.get(item.name)
        if registry is not None:
            old = Text(registry.context, registry[old].label)
            new = Text(registry.context, registry[new].label)
        changes.append(_changed(label, _number(old), _number(new)))
    return changes


def describe_change(before: RunSetup | None, after: RunSetup) -> str:
    """What `after` does differently from the run before it, e.g. "learning rate 0.1 → 0.3",
    "hidden 2: tanh → ReLU", "seed 0 → 1", "continued from epoch 120"."""
    return str(describe_change_text(before, after))


def describe_change_text(before: RunSetup | None, after: RunSetup) -> Text:
    """`describe_change` as a translatable text."""
    if before is None:
        return _said(QT_TRANSLATE_NOOP("Runs", "first run"))
    changes = []
    if after.continued_from is not None:
        changes.append(_said(QT_TRANSLATE_NOOP("Runs", "continued from epoch {0}"),
                             after.continued_from))
    changes += _spec_changes(before.spec, after.spec)
    changes += _settings_changes(before.train, after.train)
    changes += _settings_changes(before.data, after.data, data=True)
    if not changes:
        return _said(QT_TRANSLATE_NOOP("Runs", "the same setup again"))
    # The changes one after the other; the separator is no sentence to translate.
    return _said("; ".join(f"{{{index}}}" for index in range(len(changes))), *changes)


# The final weights of the runs but the current one kept in memory, as float64 bytes: pinned
# runs first, then the newest. A run past it keeps its curves, and is restored from its start.
# (A thousand Resets of the largest network would otherwise hold 8 GB.)
KEPT_RUN_WEIGHTS_BYTES = 256 * 2**20


def weights_nbytes(weights: list[LayerParams]) -> int:
    return sum(value.nbytes for layer in weights for value in layer.values())


class RunList:
    """Every run of a session, in the order they started, and which one trains now.

    A run that never trained (its epoch never passed the one it started at) holds nothing to
    lose: the run after it takes its place, labelled against the run before both.
    """

    def __init__(self, runs: list[Run] | None = None, current: int | None = None) -> None:
        self.runs: list[Run] = list(runs or [])
        self.current: Run | None = self.runs[current] if current is not None else None
        self._start_epoch = self.current.epoch if self.current else 0
        self._before: RunSetup | None = None  # what the current run's label compares with
        self._fresh = False  # the current run was begun here (not restored or read)

    def __iter__(self):
        return iter(self.runs)

    def __len__(self) -> int:
        return len(self.runs)

    def get(self, number: int) -> Run:
        """The run numbered `number` (KeyError if there is none)."""
        for run in self.runs:
            if run.number == number:
                return run
        raise KeyError(number)

    def pinned(self) -> list[Run]:
        return [run for run in self.runs if run.pinned]

    def others_first_kept(self) -> list[Run]:
        """The runs but the current one, in the order their weights and curves are kept
        within a bound: pinned runs first, then the newest."""
        others = [run for run in self.runs if run is not self.current]
        return sorted(others, key=lambda run: (not run.pinned, -run.number))

    def copy(self) -> RunList:
        """An independent list of copies of the runs, for a thread to write while this one
        goes on (their histories and weights, never changed in place, are shared)."""
        copied = RunList([replace(run) for run in self.runs])
        if self.current is not None:
            copied.current = copied.runs[self.runs.index(self.current)]
        copied._start_epoch, copied._before = self._start_epoch, self._before
        copied._fresh = self._fresh
        return copied

    def _keep_weights_within_bound(self) -> None:
        used = 0
        for run in self.others_first_kept():
            if run.weights is not None:
                used += weights_nbytes(run.weights)
                if used > KEPT_RUN_WEIGHTS_BYTES:
                    run.weights = None

    def update_current(self, history: History, weights: list[LayerParams] | None, epoch: int,
                       train: TrainSettings) -> None:
        """Note where the current run is now: its epochs, weights, epoch and settings."""
        run = self.current
        if run is not None:
            run.history, run.weights, run.epoch, run.train = history, weights, epoch, train

    def set_train(self, train: TrainSettings) -> None:
        """New training settings for the current run. Before it has trained they are what it
        starts from, and its label says so."""
        run = self.current
        if run is None:
            return
        run.train = train
        if self._fresh and run.epoch <= self._start_epoch:
            run.setup = replace(run.setup, train=train)
            run.label_text = describe_change_text(self._before, run.setup)
            run.label = str(run.label_text)

    def begin(self, setup: RunSetup, history: History, epoch: int) -> Run:
        """Start a new current run from `setup`, with the epochs it starts with."""
        previous = self.current
        before = previous.setup if previous is not None else None
        if (self._fresh and previous is not None and previous.epoch <= self._start_epoch
                and not previous.pinned):
            self.runs.remove(previous)  # never trained: nothing of it is lost
            before = self._before
        number = max((run.number for run in self.runs), default=0) + 1
        text = describe_change_text(before, setup)
        run = Run(number, str(text), setup, setup.train, history, epoch=epoch, label_text=text)
        self.runs.append(run)
        self.current, self._before, self._start_epoch = run, before, epoch
        self._fresh = True
        self._keep_weights_within_bound()
        return run

    def enter(self, run: Run, history: History) -> None:
        """Make a kept run the current one again (it is restored and trains on)."""
        run.history, run.ghost = history, False
        self.current, self._before, self._start_epoch = run, None, run.epoch
        self._fresh = False
