"""Runs and their labels: what differed from the run before, for each kind of change."""

from dataclasses import replace

import numpy as np
import pytest

from playground.engine.history import History
from playground.engine.runs import RunList, RunSetup, describe_change
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings

BASE = RunSetup(NetworkSpec(), TrainSettings(learning_rate=0.1), DataSettings())


def changed(spec=None, train=None, data=None, continued_from=None) -> RunSetup:
    return RunSetup(spec or BASE.spec, train or BASE.train, data or BASE.data, continued_from)


def hidden(*layers: LayerSpec) -> NetworkSpec:
    return BASE.spec.with_(layers=(*layers, LayerSpec(1, "sigmoid")))


@pytest.mark.parametrize(("after", "label"), [
    (changed(train=replace(BASE.train, learning_rate=0.3)), "learning rate 0.1 → 0.3"),
    (changed(train=replace(BASE.train, seed=1)), "seed 0 → 1"),
    (changed(train=replace(BASE.train, optimizer="adam")), "optimizer SGD → Adam"),
    (changed(train=replace(BASE.train, max_epochs=500)), "max epochs none → 500"),
    (changed(spec=hidden(LayerSpec(4, "tanh"), LayerSpec(2, "relu"))), "hidden 2: tanh → ReLU"),
    (changed(spec=hidden(LayerSpec(4, "tanh"), LayerSpec(3, "tanh"))),
     "hidden 2: 2 → 3 neurons"),
    (changed(spec=hidden(LayerSpec(4, "tanh"))), "hidden layers 4, 2 → 4"),
    (changed(spec=hidden(LayerSpec(4, "leaky_relu", {"alpha": 0.1}), LayerSpec(2, "tanh"))),
     "hidden 1: tanh → Leaky ReLU"),
    (changed(spec=BASE.spec.with_(features=("x1", "x2", "x1x2"))),
     "inputs x1, x2 → x1, x2, x1x2"),
    (changed(spec=BASE.spec.with_(loss="mse")), "loss binary cross-entropy → MSE (L2)"),
    (changed(spec=BASE.spec.with_(init="he")), "initializer Xavier / Glorot → He"),
    (changed(data=replace(BASE.data, noise=0.3)), "data: noise 0.1 → 0.3"),
    (changed(continued_from=120), "continued from epoch 120"),
    (changed(train=replace(BASE.train, learning_rate=0.3), continued_from=120),
     "continued from epoch 120; learning rate 0.1 → 0.3"),
    (BASE, "the same setup again"),
])
def test_the_label_says_what_differed(after, label):
    assert describe_change(BASE, after) == label


def test_the_first_run_and_several_changes_at_once():
    assert describe_change(None, BASE) == "first run"
    both = changed(spec=hidden(LayerSpec(4, "tanh"), LayerSpec(2, "relu")),
                   train=replace(BASE.train, seed=2))
    assert describe_change(BASE, both) == "hidden 2: tanh → ReLU; seed 0 → 2"


def trained(runs: RunList, epochs: int) -> None:
    runs.update_current(runs.current.history, None, runs.current.epoch + epochs,
                        runs.current.train)


def test_a_run_that_never_trained_gives_way_and_the_next_is_labelled_against_the_one_before():
    runs = RunList()
    runs.begin(BASE, History(), 0)
    trained(runs, 50)
    lr = replace(BASE.train, learning_rate=0.3)
    runs.begin(changed(train=lr), History(), 0)  # a Reset, not trained
    runs.begin(changed(train=replace(lr, seed=1)), History(), 0)
    assert [run.label for run in runs] == ["first run", "learning rate 0.1 → 0.3; seed 0 → 1"]
    assert [run.number for run in runs] == [1, 2]


def test_settings_changed_before_a_run_trains_are_what_it_starts_from():
    runs = RunList()
    runs.begin(BASE, History(), 0)
    trained(runs, 10)
    runs.begin(BASE, History(), 0)
    assert runs.current.label == "the same setup again"
    runs.set_train(replace(BASE.train, learning_rate=0.3))
    assert runs.current.label == "learning rate 0.1 → 0.3"
    trained(runs, 10)
    runs.set_train(replace(BASE.train, learning_rate=0.5))  # live, while it trains
    assert runs.current.label == "learning rate 0.1 → 0.3"
    assert runs.current.train.learning_rate == 0.5


def test_pinned_and_restored_runs_are_kept():
    runs = RunList()
    first = runs.begin(BASE, History(), 0)
    first.pinned = True
    runs.begin(BASE, History(), 0)  # the first never trained, but it is pinned
    assert len(runs) == 2 and runs.pinned() == [first]
    runs.enter(first, History())
    runs.begin(BASE, History(), 0)  # a restored run is not dropped for not training further
    assert first in runs.runs and runs.get(first.number) is first
    with pytest.raises(KeyError):
        runs.get(99)


def test_runs_compare_equal_with_their_weights():
    a = RunList().begin(BASE, History(), 0)
    b = RunList().begin(BASE, History(), 0)
    a.weights, b.weights = [{"W": np.zeros((2, 1)), "b": np.zeros(1)}], None
    assert a != b
    b.weights = [{"W": np.zeros((2, 1)), "b": np.zeros(1)}]
    assert a == b


def test_the_runs_weights_kept_in_memory_stay_within_a_bound_pinned_first(monkeypatch):
    from playground.engine import runs as runs_module

    weights = [{"W": np.zeros((100, 100)), "b": np.zeros(100)}]  # 80,800 bytes
    monkeypatch.setattr(runs_module, "KEPT_RUN_WEIGHTS_BYTES", 3 * 80_800)
    runs = RunList()
    for seed in range(8):
        run = runs.begin(changed(train=replace(BASE.train, seed=seed)), History(), 0)
        runs.update_current(History(), weights, 5, BASE.train)
        run.pinned = seed == 1
    runs.begin(BASE, History(), 0)
    kept = [run.number for run in runs if run.weights is not None]
    assert kept == [2, 7, 8]  # pinned, then the newest; the current run has none yet
    assert all(run.epoch == 5 for run in runs.runs[:-1])  # the others keep their curves


def test_a_copy_of_the_run_list_stays_as_it_was():
    runs = RunList()
    runs.begin(BASE, History(), 0)
    runs.update_current(History(), None, 3, BASE.train)
    copied = runs.copy()
    runs.begin(changed(train=replace(BASE.train, seed=2)), History(), 0)
    runs.update_current(History(), None, 9, BASE.train)
    assert len(copied) == 1 and copied.current.epoch == 3 and copied.current is copied.runs[0]
    assert len(runs) == 2 and runs.runs[0].epoch == 3
