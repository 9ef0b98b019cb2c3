"""What the inspector shows, without any widget: the chosen sample, the walkthrough of it at
the latest weights, and how far the backward pass has been stepped."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...engine.errors import PlaygroundError
from ...engine.features import apply_features
from ...engine.network import LayerParams, Network
from ...engine.spec import NetworkSpec
from ...engine.trace import trace
from ...engine.walkthrough import Quantity, Stage, Step, Walkthrough
from ..language import translate

if TYPE_CHECKING:
    from ...engine.dataset import Dataset


@dataclass(frozen=True)
class Sample:
    """One point to inspect: its raw coordinates, the network's inputs (its features of the
    raw coordinates, for the network it was last traced with) and the target row."""

    raw: np.ndarray
    target: np.ndarray  # as the network's outputs: 0/1, one-hot, or the value
    label: float  # the class number or value, as the data view shows it
    split: str  # "train", "test" or "typed"
    index: int | None  # in its split
    inputs: np.ndarray | None = None


@dataclass(frozen=True)
class Node:
    """One neuron of the backward pass and the steps computed at it."""

    layer: int
    unit: int
    steps: tuple[Step, ...]


class InspectorModel(QObject):
    """Holds the sample, the latest network state and the backward cursor; `changed` fires
    whenever what the inspector shows changes."""

    changed = Signal()
    problem = Signal(str)  # a typed sample that cannot be used

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.spec: NetworkSpec | None = None
        self.weights: list[LayerParams] | None = None
        self.learning_rate = 0.0
        self.epoch = 0
        self.sample: Sample | None = None
        self.wrt_output = False
        self.follow = True  # show each new snapshot's weights
        self.walkthrough: Walkthrough | None = None
        self.nodes: tuple[Node, ...] = ()
        self.cursor = 0  # how many backward nodes are shown
        self.error = ""  # why there is no walkthrough

    # ------------------------------------------------------------------ inputs
    def set_dataset(self, dataset: Dataset | None) -> None:
        """New data: the sample is forgotten unless it was typed."""
        self.dataset = dataset
        if self.sample is not None and self.sample.split != "typed":
            self.sample = None
        self._recompute(keep_cursor=False)

    def set_state(self, spec: NetworkSpec, weights: list[LayerParams] | None,
                  learning_rate: float, epoch: int, force: bool = False) -> None:
        """The network as training left it; ignored while not following, unless `force`d
        (a new structure or weights set by hand always show)."""
        structure_changed = spec != self.spec
        if not (self.follow or force or structure_changed or self.weights is None):
            self.learning_rate = learning_rate
            return
        self.spec, self.weights = spec, weights
        self.learning_rate, self.epoch = learning_rate, epoch
        self._recompute(keep_cursor=not structure_changed)

    def set_follow(self, follow: bool) -> None:
        self.follow = follow

    def set_wrt_output(self, on: bool) -> None:
        if on != self.wrt_output:
            self.wrt_output = on
            self._recompute(keep_cursor=False)

    # ------------------------------------------------------------------ choosing a sample
    def choose(self, split: str, index: int) -> None:
        """Inspect point `index` of the training ("train") or test ("test") split."""
        dataset = self.dataset
        if dataset is None:
            return
        raw = dataset.raw_train if split == "train" else dataset.raw_test
        if not 0 <= index < len(raw):
            return
        labels = dataset.labels_train if split == "train" else dataset.labels_test
        targets = dataset.y_train if split == "train" else dataset.y_test
        self.sample = Sample(raw[index].copy(), targets[index].copy(), float(labels[index]),
                             split, index)
        self._recompute(keep_cursor=False)

    def step_sample(self, delta: int) -> None:
        """The next (+1) or previous (−1) training point, wrapping around."""
        dataset = self.dataset
        if dataset is None or len(dataset.raw_train) == 0:
            return
        current = self.sample
        start = current.index if current is not None and current.split == "train" else -1
        if start == -1 and delta < 0:
            start = 0
        self.choose("train", (start + delta) % len(dataset.raw_train))

    def choose_typed(self, raw: list[float], label: float) -> bool:
        """Inspect a point typed by hand: its raw coordinates and its class or target value.
        False (and `problem` names why) when the values do not fit the data."""
        dataset = self.dataset
        if dataset is None:
            return False
        try:
            if len(raw) != len(dataset.raw_names):
                raise PlaygroundError(translate("Inspector", "this data has {0} inputs, not {1}")
                                      .format(len(dataset.raw_names), len(raw)))
            if not np.all(np.isfinite(raw)) or not np.isfinite(label):
                raise PlaygroundError(
                    translate("Inspector", "inputs and target must be finite numbers"))
            target = self._encode(label)
        except PlaygroundError as error:
            self.problem.emit(str(error))
            return False
        self.sample = Sample(np.array(raw, dtype=float), target, float(label), "typed", None)
        self._recompute(keep_cursor=False)
        return True

    def _encode(self, label: float) -> np.ndarray:
        dataset = self.dataset
        assert dataset is not None
        if dataset.task == "regression":
            return np.array([label])
        if label != round(label) or not 0 <= label < dataset.n_classes:
            raise PlaygroundError(
                translate("Inspector", "the class must be a whole number from 0 to {0}")
                .format(dataset.n_classes - 1))
        if dataset.task == "binary":
            return np.array([label])
        return np.eye(dataset.n_classes)[int(label)]

    # ------------------------------------------------------------------ the backward cursor
    def next_node(self) -> None:
        if self.cursor < len(self.nodes):
            self.cursor += 1
            self.changed.emit()

    def previous_node(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1
            self.changed.emit()

    def all_nodes(self) -> None:
        self.cursor = len(self.nodes)
        self.changed.emit()

    def restart_nodes(self) -> None:
        self.cursor = 0
        self.changed.emit()

    @property
    def current_node(self) -> Node | None:
        """The node the backward pass reached last; None before the first step."""
        return self.nodes[self.cursor - 1] if self.cursor else None

    # ------------------------------------------------------------------ computing
    def network(self) -> Network | None:
        if self.spec is None or self.weights is None:
            return None
        try:
            return Network(self.spec, self.weights)
        except PlaygroundError:
            return None  # weights of another structure, on their way out

    def _recompute(self, keep_cursor: bool) -> None:
        self.walkthrough, self.error = None, ""
        network, sample = self.network(), self.sample
        if sample is not None and network is not None and self.dataset is not None:
            inputs = apply_features(sample.raw[None, :], self.dataset.raw_names,
                                    network.spec.features)[0]
            sample = self.sample = replace(sample, inputs=inputs)
        if network is None:
            self.error = translate("Inspector", "The network is being built.")
        elif sample is None:
            self.error = translate(
                "Inspector",
                "Click a point in the data view, step through the training points with the "
                "arrow buttons, or type a point.",
            )
        else:
            try:
                self.walkthrough = self._walk(network, sample)
            except PlaygroundError as error:
                self.error = str(error)
        self.nodes = self._nodes()
        self.cursor = min(self.cursor, len(self.nodes)) if keep_cursor else 0
        self.changed.emit()

    def _walk(self, network: Network, sample: Sample) -> Walkthrough:
        with np.errstate(all="ignore"):
            if self.wrt_output:
                ones = np.ones(network.spec.n_outputs)
                result = trace(network, sample.inputs, output_gradient=ones)
            else:
                if len(sample.target) != network.spec.n_outputs:
                    raise PlaygroundError(translate(
                        "Inspector", "the network's outputs do not match this data yet"))
                result = trace(network, sample.inputs, sample.target)
        return Walkthrough(network, result, self.learning_rate, self.wrt_output)

    def _nodes(self) -> tuple[Node, ...]:
        if self.walkthrough is None:
            return ()
        groups: dict[tuple[int, int], list[Step]] = {}
        pieces = [len(layer.z) // len(layer.a) for layer in self.walkthrough.trace.layers]
        for step in self.walkthrough.of(Stage.BACKWARD):
            if step.layer is None or step.layer < 0 or step.unit is None:
                continue
            unit = step.unit if step.quantity is Quantity.UPSTREAM else (
                step.unit // pieces[step.layer])
            groups.setdefault((step.layer, unit), []).append(step)
        return tuple(Node(layer, unit, tuple(steps)) for (layer, unit), steps in groups.items())

    def canvas_marks(self) -> tuple[list[float], list[list[tuple[float | None, float]]]]:
        """What the canvas writes beside its nodes: the inputs and, per layer and neuron,
        (z, a) (z None for a neuron of several pieces, maxout)."""
        if self.walkthrough is None:
            return [], []
        trace = self.walkthrough.trace
        values = []
        for layer in trace.layers:
            single = len(layer.z) == len(layer.a)
            values.append([(float(layer.z[j]) if single else None, float(a))
                           for j, a in enumerate(layer.a)])
        return [float(v) for v in trace.x], values

    def forward_steps(self) -> list[Step]:
        return self.walkthrough.of(Stage.FORWARD) if self.walkthrough else []

    def loss_steps(self) -> list[Step]:
        return self.walkthrough.of(Stage.LOSS) if self.walkthrough else []

    def input_steps(self) -> list[Step]:
        """∂L/∂x: shown once the backward pass has reached every node."""
        if self.walkthrough is None or self.cursor < len(self.nodes):
            return []
        return [s for s in self.walkthrough.of(Stage.BACKWARD)
                if s.quantity is Quantity.INPUT_GRADIENT]

    def update_steps(self) -> list[Step]:
        return self.walkthrough.of(Stage.UPDATE) if self.walkthrough else []
