"""The trainer: a generator of epochs over shuffled minibatches.

Each epoch yields train/test loss and metric, and why training stopped after it, if it did.
The reported loss is the data loss alone; L1/L2 penalties only add to the gradients (weights
only, never biases).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

import numpy as np

from .buffered import MinibatchEpoch, WholeSet
from .diagnostics import Diagnostics, diagnose, mean_abs_gradients, update_ratios
from .errors import SpecError, text_error
from .history import History
from .metrics import TASKS
from .network import LayerParams, Network
from .optimizers import make_optimizer
from .regularizations import add_regularization
from .spec import TrainSettings, settings_problem
from .texts import QT_TRANSLATE_NOOP, Text

# What is said when a data set's inputs or targets do not fit the network.
_MISFITS = {
    "training": (
        QT_TRANSLATE_NOOP("Errors", "the training data has {0} input columns but the network "
                          "has {1} inputs"),
        QT_TRANSLATE_NOOP("Errors", "the training targets have {0} columns but the network "
                          "has {1} outputs"),
    ),
    "test": (
        QT_TRANSLATE_NOOP("Errors", "the test data has {0} input columns but the network "
                          "has {1} inputs"),
        QT_TRANSLATE_NOOP("Errors", "the test targets have {0} columns but the network "
                          "has {1} outputs"),
    ),
}


def validate_settings(settings: TrainSettings) -> None:
    """SpecError naming the first training setting that cannot be used."""
    problem = settings_problem(settings)
    if problem is not None:
        raise SpecError(problem)


class StopReason(Enum):
    """Why training stopped after an epoch."""

    MAX_EPOCHS = "max_epochs"
    STOP_AT_LOSS = "stop_at_loss"
    DIVERGED = "diverged"  # the epoch was undone: the weights are those from before it


@dataclass(frozen=True)
class EpochResult:
    """One epoch's numbers. Losses/metrics are NaN where there is no test set. The per-layer
    statistics (input side first) are None unless the trainer records them."""

    epoch: int
    train_loss: float
    test_loss: float
    train_metric: float
    test_metric: float
    stop_reason: StopReason | None = None  # None: training may go on
    message: str | Text = ""  # why it stopped, for people (a Text: translatable)
    grad_mean_abs: tuple[float, ...] | None = None  # mean |∂L/∂W| over the training set
    update_ratio: tuple[float, ...] | None = None  # ‖ΔW‖/‖W‖ of the epoch


class Trainer:
    """Trains `network` on the given arrays; `settings` may be replaced between epochs.

    With `layer_stats`, every epoch's result carries the per-layer gradient statistics: one
    more backward pass over the training set per epoch.
    """

    def __init__(
        self,
        network: Network,
        x_train: np.ndarray,
        y_train: np.ndarray,
        x_test: np.ndarray,
        y_test: np.ndarray,
        task: str,
        settings: TrainSettings,
        layer_stats: bool = False,
    ) -> None:
        if task not in TASKS:
            raise text_error(SpecError, QT_TRANSLATE_NOOP("Errors", "unknown task {0}; known: {1}"),
                             repr(task), ", ".join(TASKS))
        if len(x_train) == 0:
            raise text_error(SpecError, QT_TRANSLATE_NOOP("Errors", "there are no training points"))
        for x, y, (inputs_misfit, targets_misfit) in (
            (x_train, y_train, _MISFITS["training"]), (x_test, y_test, _MISFITS["test"])
        ):
            if x.ndim != 2 or x.shape[1] != network.spec.n_inputs:
                raise text_error(SpecError, inputs_misfit, x.shape[-1], network.spec.n_inputs)
            if y.ndim != 2 or y.shape[1] != network.spec.n_outputs or len(y) != len(x):
                raise text_error(SpecError, targets_misfit, y.shape[-1], network.spec.n_outputs)
        self.network = network
        self.x_train = np.ascontiguousarray(x_train, dtype=np.float64)
        self.y_train = np.ascontiguousarray(y_train, dtype=np.float64)
        self.x_test = np.ascontiguousarray(x_test, dtype=np.float64)
        self.y_test = np.ascontiguousarray(y_test, dtype=np.float64)
        self.task = task
        self.epoch = 0
        self.layer_stats = layer_stats
        self._settings = settings
        self.settings = settings
        self._rng = np.random.default_rng([settings.seed, 1])
        self._optimizer = make_optimizer(settings.optimizer)
        self._epoch_plan: MinibatchEpoch | None = None
        self._train_set = WholeSet(network, self.x_train, self.y_train, task)
        self._kept_gradients: tuple[np.ndarray, list[LayerParams]] | None = None
        self._test_set = WholeSet(network, self.x_test, self.y_test, task)
        self._last_good = np.empty_like(network.flat)

    @property
    def settings(self) -> TrainSettings:
        return self._settings

    @settings.setter
    def settings(self, settings: TrainSettings) -> None:
        """Apply new hyperparameters live; a new optimizer kind starts with empty state."""
        validate_settings(settings)
        if settings.optimizer != self._settings.optimizer:
            self._optimizer = make_optimizer(settings.optimizer)
        self._settings = settings

    def _train_one_epoch(self, should_stop: Callable[[], bool] | None = None) -> bool:
        settings = self._settings
        if self._epoch_plan is None or self._epoch_plan.batch_size != settings.batch_size:
            self._epoch_plan = MinibatchEpoch(
                self.network, self.x_train, self.y_train, settings.batch_size
            )
        order = self._rng.permutation(len(self.x_train)) if settings.shuffle else None
        return self._epoch_plan.run(self._optimizer, settings, order, should_stop)

    def full_gradients(self) -> list[LayerParams]:
        """∂L/∂θ over the whole training set (with the regularization term)."""
        grads = [{name: value.copy() for name, value in layer.items()}
                 for layer in self._data_gradients()]
        add_regularization(self.network.params, grads, self._settings.regularization,
                           self._settings.reg_rate)
        return grads

    def _data_gradients(self) -> list[LayerParams]:
        """∂L/∂θ of the data loss over the whole training set at the weights now. Kept until
        the weights change: the app asks twice for each epoch it shows (the layer statistics
        and the snapshot's gradients), and a whole-set backward pass is the dear part."""
        flat = self.network.packed()
        kept = self._kept_gradients
        if kept is None or kept[0].shape != flat.shape or not np.array_equal(kept[0], flat):
            kept = self._kept_gradients = (flat.copy(), self._train_set.gradients())
        return kept[1]

    def diagnose(self, history: History) -> Diagnostics:
        """The network's gradient health on the training set now, with the warnings that
        `history` (the run's epochs, this one last) calls for."""
        with np.errstate(over="ignore", invalid="ignore"):  # huge weights overflow z
            return diagnose(self.network, self._train_set, history, self.task)

    def _gradient_stats(self) -> tuple[float, ...] | None:
        return mean_abs_gradients(self._data_gradients()) if self.layer_stats else None

    def layer_statistics(
        self, before: np.ndarray
    ) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """Per layer, the mean |∂L/∂W| over the training set now and ‖ΔW‖/‖W‖ since the flat
        parameters `before`: what `layer_stats` records for every epoch, for a caller that
        records them for some epochs only (the app, at every snapshot)."""
        with np.errstate(over="ignore", invalid="ignore"):
            return (mean_abs_gradients(self._data_gradients()),
                    update_ratios(self.network, before))

    def evaluate(self) -> EpochResult:
        """The current epoch's losses and metrics without training: at epoch 0, the loss
        before any training, which is where every curve starts."""
        with np.errstate(over="ignore", invalid="ignore"):
            train_loss, train_metric = self._train_set.evaluate()
            test_loss, test_metric = self._test_set.evaluate()
            grads = self._gradient_stats()
        return EpochResult(self.epoch, train_loss, test_loss, train_metric, test_metric,
                           grad_mean_abs=grads)

    def step(self, should_stop: Callable[[], bool] | None = None) -> EpochResult | None:
        """Train one epoch and report it. After divergence the last finite weights are kept.

        `should_stop` is asked every few minibatches; when it says yes the epoch is abandoned
        as if it never ran (weights as before it, optimizer state cleared) and None returned.
        """
        np.copyto(self._last_good, self.network.packed())
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected below
            if not self._train_one_epoch(should_stop):
                np.copyto(self.network.flat, self._last_good)
                self._optimizer.reset()
                return None
            train_loss, train_metric = self._train_set.evaluate()
            test_loss, test_metric = self._test_set.evaluate()
        self.epoch += 1
        finite = np.isfinite(train_loss) and bool(np.isfinite(self.network.flat).all())
        epoch = self.epoch
        stop_reason, message = None, ""
        if not finite:
            np.copyto(self.network.flat, self._last_good)
            self._optimizer.reset()
            self.epoch -= 1  # the next step retries this epoch from the kept weights
            stop_reason = StopReason.DIVERGED
            message = Text("Trainer", QT_TRANSLATE_NOOP(
                "Trainer",
                "Training diverged at epoch {0}: the loss or a weight became NaN or infinite. "
                "The last finite weights (epoch {1}) are kept; try a smaller learning rate."),
                (epoch, epoch - 1))
        elif self._settings.stop_at_loss is not None and train_loss <= self._settings.stop_at_loss:
            stop_reason = StopReason.STOP_AT_LOSS
            message = Text("Trainer", QT_TRANSLATE_NOOP(
                "Trainer", "Stopped at epoch {0}: the training loss reached {1}."),
                (epoch, f"{train_loss:.4g}"))
        elif self._settings.max_epochs is not None and epoch >= self._settings.max_epochs:
            stop_reason = StopReason.MAX_EPOCHS
            message = Text("Trainer", QT_TRANSLATE_NOOP(
                "Trainer", "Stopped after the maximum of {0} epochs."), (epoch,))
        grads = ratios = None
        if finite and self.layer_stats:
            grads = self._gradient_stats()
            ratios = update_ratios(self.network, self._last_good)
        return EpochResult(
            epoch, train_loss, test_loss, train_metric, test_metric, stop_reason, message,
            grads, ratios,
        )

    def run(self) -> Iterator[EpochResult]:
        """Yield epochs until max epochs, stop-at-loss or divergence (forever without them)."""
        while True:
            result = self.step()
            yield result
            if result.stop_reason is not None:
                return
