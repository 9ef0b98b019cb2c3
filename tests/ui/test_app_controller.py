"""The application controller on its own: it builds, trains and keeps the history without a
window, and says what went wrong through signals."""

import pytest

from playground.engine.history import History
from playground.engine.modelfile import ModelFile
from playground.engine.spec import DataSettings
from playground.engine.trainer import StopReason
from playground.ui.app_controller import AppController
from playground.workers.snapshot import Snapshot


@pytest.fixture
def app(qtbot):
    controller = AppController()
    controller.follow_session()
    yield controller
    controller.shutdown()


def snapshot(reason: StopReason | None, message: str) -> Snapshot:
    return Snapshot(epoch=3, new_history=History(), weights=(), gradients=None, grad_norms=None,
                    message=message, stop_reason=reason)


def test_builds_trains_and_keeps_every_epoch(qtbot, app):
    datasets, epochs = [], []
    app.dataset_changed.connect(datasets.append)
    app.epoch_changed.connect(epochs.append)
    app.rebuild_data()
    assert datasets and datasets[0].task == "binary" and app.dataset is datasets[0]
    qtbot.waitUntil(lambda: app.latest is not None)
    done = []
    app.run_epochs_then(12, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert app.epoch == 12 and epochs[-1] == 12
    assert list(app.history.epochs) == list(range(0, 13))  # 0: the loss before training


def test_a_loaded_history_ends_at_the_files_epoch(qtbot, app):
    history = History.from_columns(epoch=[1, 2, 3, 4], train_loss=[0.6, 0.5, 0.4, 0.3])
    app.load_model(ModelFile(app.session.spec, None, app.session.train, app.session.data,
                             epoch=4, history=history))
    qtbot.waitUntil(lambda: app.latest is not None and app.latest.epoch == 4)
    assert app.history == history and app.history is not history
    app.step()
    qtbot.waitUntil(lambda: app.epoch == 5)
    assert list(app.history.epochs) == [1, 2, 3, 4, 5]


def test_bad_data_is_named_and_the_last_good_data_kept(qtbot, app):
    app.rebuild_data()
    good = app.session.data
    problems = []
    app.problem_found.connect(lambda title, text: problems.append(title))
    app.session.set_data(DataSettings(kind="csv", csv_path=None))
    assert problems == ["The data cannot be used"]
    assert app.session.data == good


@pytest.mark.parametrize(("reason", "message", "banner"), [
    (StopReason.DIVERGED, "The loss became NaN at epoch 4.", True),
    (StopReason.MAX_EPOCHS, "Stopped: it never diverged.", False),
    (None, "diverged", False),
])
def test_the_divergence_banner_comes_from_the_stop_reason_not_the_text(app, reason, message,
                                                                       banner):
    problems, statuses = [], []
    app.problem_found.connect(lambda title, text: problems.append((title, text)))
    app.status.connect(lambda text, ms: statuses.append(text))
    app._on_snapshot(snapshot(reason, message))
    assert problems == ([("Training diverged", message)] if banner else [])
    assert message in statuses
