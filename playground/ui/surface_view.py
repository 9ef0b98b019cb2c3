"""The Loss surface view: the training loss over a plane through the current weights, along
two random directions or two parameters picked on the network canvas, with the current
point, the negative-gradient arrow, the path training took and, on request, the race of the
optimizers from the same start.

Everything heavy runs in the surface thread (`workers.surface`); the view records the path
and asks for surfaces only while it is shown. While training runs it asks at most every
RUNNING_INTERVAL_S, without the race; when training is paused, at once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..engine.archive import WeightArchive
from ..engine.errors import PlaygroundError
from ..engine.network import Network
from ..engine.spec import NetworkSpec
from ..engine.surface import Parameter
from ..engine.walkthrough import feature_symbol, unit_name
from ..workers.surface import SurfaceController, SurfaceRequest, SurfaceResult
from .language import translate
from .numbers import number
from .repaint import LatestState
from .steady import SteadyLabel
from .surface_plot import SurfacePlot

if TYPE_CHECKING:
    from ..engine.dataset import Dataset
    from ..workers.snapshot import Snapshot
    from .canvas import NetworkCanvas
    from .session import SessionModel

RUNNING_INTERVAL_S = 2.0  # while training runs: the least time between two surfaces
MAX_ROWS = 1000  # training rows a surface is computed on (a seeded sample of larger sets)
MAX_PATH_POINTS = 2000  # weights on the training path drawn: evenly spread over the history
RESOLUTION = 41


class SurfaceState(LatestState, Protocol):
    """The application controller as the Loss surface view reads it."""

    @property
    def dataset(self) -> Dataset | None: ...

    @property
    def session(self) -> SessionModel: ...

    @property
    def archive(self) -> WeightArchive: ...


def parameter_label(spec: NetworkSpec, parameter: Parameter) -> str:
    """w(x₁→h₁) for a weight, b(h₂) for a bias, named as the walkthrough names them."""
    layers = len(spec.layers)

    def neuron(layer: int, unit: int) -> str:
        if layer < 0:
            return feature_symbol(spec.features[unit])
        return unit_name(layers, layer, unit, spec.layers[layer].units)

    if parameter.name == "b":
        return f"b({neuron(parameter.layer, parameter.index[0])})"
    source, target = parameter.index
    return f"w({neuron(parameter.layer - 1, source)}→{neuron(parameter.layer, target)})"


def sample_rows(count: int, limit: int = MAX_ROWS) -> np.ndarray | None:
    """The indices of a seeded sample of `limit` rows out of `count`; None for all of them."""
    if count <= limit:
        return None
    return np.sort(np.random.default_rng(0).choice(count, limit, replace=False))


def training_path(archive: WeightArchive, spec: NetworkSpec, snapshot: Snapshot) -> np.ndarray:
    """The flat weights training went through up to `snapshot` (the run's weight history),
    oldest first, at most MAX_PATH_POINTS, ending at the snapshot's own weights."""
    try:
        here = Network(spec, params=list(snapshot.weights)).packed()
    except PlaygroundError:  # weights of another network, on their way out
        return np.empty((0, 0))
    points = archive.path(snapshot.epoch, here.size, MAX_PATH_POINTS - 1)
    if points and points[-1].shape == here.shape and np.array_equal(points[-1], here):
        points = points[:-1]
    return np.array([*points, here])


class SurfaceView(QWidget):
    """The loss surface around the latest weights, computed in the background.

    It registers with the repaint scheduler and works only while shown. "Pick two links"
    emits `picking_changed(True)`; the network canvas then sends its next clicks on links or
    biases to `take_parameter` (see `attach_canvas`), and after two the view emits
    `picking_changed(False)` and shows the plane of those two parameters.
    """

    picking_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: SurfaceResult | None = None
        self.parameters: tuple[Parameter, Parameter] | None = None  # None: random directions
        self._picked: list[Parameter] = []
        self._state: SurfaceState | None = None
        self._rows: tuple[object, tuple[str, ...], np.ndarray, np.ndarray] | None = None
        self._requested: tuple[object, ...] | None = None  # what the last request showed
        self._requested_at = -np.inf
        self._labels = ("", "")  # the axes of the surface asked for last
        self.computer = SurfaceController(self)
        self.computer.computed.connect(self.show_result)
        self._later = QTimer(self, singleShot=True)
        self._later.timeout.connect(self._refresh)
        self.plot = SurfacePlot(self)
        self._build()
        self._show_note(translate(
            "SurfaceView",
            "The loss surface appears once there is a network and data.",
        ))

    def _build(self) -> None:
        self.random_button = QPushButton(translate(
            "SurfaceView",
            "Random directions",
        ), checkable=True, checked=True)
        self.random_button.setToolTip(translate("SurfaceView",
            "Two random directions in weight space, each scaled layer by layer to the size of "
            "that layer's weights (Li et al., 2018): a typical slice of the landscape."))
        self.random_button.clicked.connect(lambda: self.use_random_directions())
        self.seed_spin = QSpinBox(minimum=0, maximum=9999, prefix=translate("SurfaceView", "seed "))
        self.seed_spin.setToolTip(translate(
            "SurfaceView",
            "The same seed gives the same two directions.",
        ))
        self.seed_spin.valueChanged.connect(lambda _seed: self.use_random_directions())
        self.new_button = QPushButton(translate("SurfaceView", "New"))
        self.new_button.setToolTip(translate(
            "SurfaceView",
            "Two other random directions (the next seed)",
        ))
        self.new_button.clicked.connect(lambda: self.seed_spin.setValue(self.seed_spin.value() + 1))
        self.pick_button = QPushButton(translate("SurfaceView", "Pick two links"), checkable=True)
        self.pick_button.setToolTip(translate("SurfaceView",
            "Click two links or biases on the network: the map shows the loss as those two "
            "parameters change and every other one stays."))
        self.pick_button.toggled.connect(self._on_pick_toggled)
        self.race_button = QPushButton(translate(
            "SurfaceView",
            "Race the optimizers",
        ), checkable=True)
        self.race_button.setToolTip(translate("SurfaceView",
            "Run SGD, momentum, RMSProp and Adam from the current point for a few hundred "
            "full-batch steps at the current learning rate, and draw their paths."))
        self.race_button.toggled.connect(lambda _on: self._refresh())
        self.compute_button = QPushButton(translate("SurfaceView", "Compute"))
        self.compute_button.setToolTip(translate(
            "SurfaceView",
            "Compute the surface at the latest weights now",
        ))
        self.compute_button.clicked.connect(lambda: self._refresh(force=True))
        self.caption = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.caption.setToolTip(translate("SurfaceView",
            "The training loss at the current weights (the white dot), and the slope there "
            "in this plane: the length of −∇L projected on it, the white arrow's direction."))
        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setToolTip(translate("SurfaceView",
            "While training runs, the surface is computed again every {0} s and the race "
            "waits for a pause; while paused, after every change.").format(
            number(RUNNING_INTERVAL_S, 2)))
        top = QHBoxLayout()
        for widget in (self.random_button, self.seed_spin, self.new_button, self.pick_button):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.race_button)
        bottom.addWidget(self.compute_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.plot.widget, 1)
        column.addWidget(SteadyLabel(self.caption))
        column.addLayout(bottom)

    # ------------------------------------------------------------------ choosing the plane
    def attach_canvas(self, canvas: NetworkCanvas) -> None:
        """Pick parameters on `canvas`: its pick mode follows the "Pick two links" button."""
        self.picking_changed.connect(canvas.set_picking)
        canvas.parameter_picked.connect(self.take_parameter)

    def use_random_directions(self) -> None:
        """The plane of two random directions of the seed shown."""
        self.parameters = None
        self.random_button.setChecked(True)
        self.pick_button.setChecked(False)
        self._refresh()

    def use_parameters(self, first: Parameter, second: Parameter) -> None:
        """The plane of two parameters (layer, "W" or "b", index), as the canvas names them."""
        self.parameters = (Parameter(*first), Parameter(*second))
        self.random_button.setChecked(False)
        self._refresh()

    def take_parameter(self, layer: int, name: str, index: tuple) -> None:
        """A link or bias clicked on the canvas while picking: after two, their plane."""
        if not self.pick_button.isChecked():
            return
        parameter = Parameter(layer, name, tuple(index))
        if parameter in self._picked:
            return
        self._picked.append(parameter)
        if len(self._picked) < 2:
            self._show_status(translate("SurfaceView", "Picked {0}; one more").format(
                self._label(parameter)))
            return
        first, second = self._picked
        self.pick_button.setChecked(False)
        self.use_parameters(first, second)

    def _on_pick_toggled(self, picking: bool) -> None:
        self._picked = []
        self.picking_changed.emit(picking)
        if picking:
            self._show_status(translate("SurfaceView", "Click two links or biases"))
        else:
            self._show_policy()

    def _label(self, parameter: Parameter) -> str:
        if self._state is None:
            return str(parameter)
        try:
            return parameter_label(self._state.session.spec, parameter)
        except (IndexError, ValueError):  # picked on an older network
            return str(parameter)

    def axis_labels(self) -> tuple[str, str]:
        """What the two axes are: the chosen parameters, or the random directions."""
        if self.parameters is None:
            return translate("SurfaceView", "random direction 1"), translate(
                "SurfaceView",
                "random direction 2",
            )
        return tuple(self._label(parameter) for parameter in self.parameters)

    # ------------------------------------------------------------------ the scheduler's calls
    def paint_latest(self, state: SurfaceState) -> None:
        """Ask for a surface of the latest state when one is due; only while shown."""
        self._state = state
        if not self.isVisible():
            return
        self._refresh()

    def painted_scenes(self) -> tuple[QObject, ...]:
        return (self.plot.scene(),)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._state is not None:
            self.paint_latest(self._state)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._later.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the surface thread (the window calls it as it closes)."""
        self._later.stop()
        self.computer.shutdown()

    # ------------------------------------------------------------------ asking for surfaces
    def _refresh(self, force: bool = False) -> None:
        """Ask for the surface of the latest state unless it was asked for already; while
        training runs, no sooner than RUNNING_INTERVAL_S after the last one."""
        state = self._state
        if state is None or not self.isVisible() or not self.computer.running:
            return
        snapshot, dataset, spec = state.latest, state.dataset, state.session.spec
        if snapshot is None or dataset is None:
            self._show_note(translate(
                "SurfaceView",
                "The loss surface appears once there is a network and data.",
            ))
            return
        race = self.race_button.isChecked() and not state.running
        wanted = (snapshot, dataset, (spec, self.parameters, self.seed_spin.value(), race))
        if not force and self._requested is not None and wanted[0] is self._requested[0] \
                and wanted[1] is self._requested[1] and wanted[2] == self._requested[2]:
            return
        wait = self._requested_at + RUNNING_INTERVAL_S - time.perf_counter()
        if state.running and not force and wait > 0:
            if not self._later.isActive():
                self._later.start(int(1000 * wait) + 1)
            return
        try:
            network = Network(spec, params=list(snapshot.weights))
            x, y = self._training_rows(dataset, spec)
        except PlaygroundError:
            self._show_note(translate("SurfaceView", "The network is being built."))
            return
        self._requested, self._requested_at = wanted, time.perf_counter()
        self._labels = self.axis_labels()
        self.computer.request(SurfaceRequest(
            network, x, y, self.parameters, self.seed_spin.value(),
            training_path(state.archive, spec, snapshot),
            state.session.train if race else None, RESOLUTION))
        self._show_policy()

    def _training_rows(self, dataset: Dataset, spec: NetworkSpec) -> tuple[np.ndarray, np.ndarray]:
        """The training rows the surface is computed on: all, or a seeded sample of MAX_ROWS."""
        features = tuple(spec.features)
        if self._rows is None or self._rows[0] is not dataset or self._rows[1] != features:
            x, y = dataset.features(spec.features)[0], dataset.y_train
            chosen = sample_rows(len(x))
            if chosen is not None:
                x, y = x[chosen], y[chosen]
            self._rows = (dataset, features, x, y)
        return self._rows[2], self._rows[3]

    # ------------------------------------------------------------------ showing
    def show_result(self, result: SurfaceResult) -> None:
        """Draw the newest request's result (the surface thread's answer)."""
        self.result = result
        if result.surface is None:
            self.plot.clear()
            self._show_note(result.problem + " " + translate("SurfaceView",
                "Pick two links again, or use random directions."))
            return
        self.plot.show_result(result, self._labels)
        surface = result.surface
        rows = len(self._rows[2]) if self._rows is not None else 0
        self.caption.setText(translate(
            "SurfaceView",
            "Loss here {0} · slope {1} · {2}×{2} grid, {3} points",
        ).format(
            number(surface.centre_loss, 3), number(float(np.hypot(*surface.arrow)), 3),
            len(surface.offsets), rows))
        self._show_policy()

    def _show_note(self, text: str) -> None:
        self.caption.setText(text)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _show_policy(self) -> None:
        """Say when the surface is computed, and whether it is being computed now."""
        if self.pick_button.isChecked():
            return
        running = self._state is not None and self._state.running
        text = translate("SurfaceView", "Training: every {0} s, no race").format(
            number(RUNNING_INTERVAL_S, 2)) if running else translate(
                "SurfaceView",
                "Paused: follows every change",
            )
        if self.computer.pending:
            text = translate("SurfaceView", "Computing…") + " " + text
        self.status.setText(text)
