"""The timeline's past: scrubbing shows an epoch's exact weights, Continue from here trains on
from them as a file saved at that epoch would, and every run is kept."""

from dataclasses import replace

import numpy as np
import pytest

from playground.engine.modelfile import ModelFile, from_json_text, to_json_text
from playground.engine.network import Network
from playground.engine.trainer import Trainer
from playground.ui.app_controller import AppController


@pytest.fixture
def app(qtbot):
    controller = AppController()
    controller.follow_session()
    controller.rebuild_data()
    qtbot.waitUntil(lambda: controller.latest is not None)
    yield controller
    controller.shutdown()


def train(qtbot, app, epochs: int) -> None:
    done = []
    app.run_epochs_then(epochs, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)


def show(qtbot, app, epoch: int) -> None:
    app.show_epoch(epoch)
    qtbot.waitUntil(lambda: app.latest is not None and app.latest.epoch == epoch
                    and app.latest is not app.training.latest)


def trained_weights(app, epochs: int) -> list:
    """The weights a plain engine trainer reaches after `epochs` epochs of the app's setup."""
    spec, settings, dataset = app.session.spec, app.session.train, app.dataset
    network = Network(spec, seed=settings.seed)
    x_train, x_test = dataset.features(spec.features)
    trainer = Trainer(network, x_train, dataset.y_train, x_test, dataset.y_test, dataset.task,
                      settings)
    for _ in range(epochs):
        trainer.step()
    return network.params


def same(a: list, b: list) -> bool:
    return all(x.keys() == y.keys() and all(np.array_equal(x[k], y[k]) for k in x)
               for x, y in zip(a, b, strict=True))


def test_every_epoch_is_kept_and_scrubbing_restores_its_weights_bit_for_bit(qtbot, app):
    train(qtbot, app, 60)
    assert app.archive.epochs == list(range(61))
    for epoch in (37, 0, 59):
        show(qtbot, app, epoch)
        assert app.shown_epoch == epoch and not app.running
        assert same(list(app.latest.weights), trained_weights(app, epoch))
        assert app.epoch == 60  # training stays where it was
    app.show_live()
    assert app.shown_epoch is None and app.latest is app.training.latest


def test_arrow_keys_step_through_the_kept_epochs_and_past_the_last_is_live(qtbot, app):
    train(qtbot, app, 5)
    app.step_shown(-1)
    assert app.shown_epoch == 4
    app.step_shown(-2)
    assert app.shown_epoch == 2
    app.step_shown(+1)
    app.step_shown(+2)
    assert app.shown_epoch is None


def test_continue_from_here_equals_training_from_a_file_saved_at_that_epoch(qtbot, app):
    train(qtbot, app, 40)
    saved = from_json_text(to_json_text(ModelFile(
        app.session.spec, app.weights_shown(), app.session.train, app.session.data, app.epoch,
        app.history.copy())))
    train(qtbot, app, 30)
    show(qtbot, app, 40)
    changed = replace(app.session.train, learning_rate=0.3, max_epochs=60)
    app.session.set_train(changed)  # what the user changed while looking at epoch 40
    app.continue_from_here()
    qtbot.waitUntil(lambda: app.epoch == 60 and not app.running, timeout=30000)
    continued = [dict(layer) for layer in app.weights_shown()]
    ghost, current = app.runs.runs[-2], app.runs.current
    assert ghost.ghost and ghost.epoch == 70 and len(ghost.history) == 71
    assert current.label.startswith("continued from epoch 40; learning rate 0.1 → 0.3")
    assert list(app.history.epochs) == list(range(61))

    app.load_model(replace(saved, training=changed))
    qtbot.waitUntil(lambda: app.latest is not None and app.latest.epoch == 40)
    app.play()
    qtbot.waitUntil(lambda: app.epoch == 60 and not app.running, timeout=30000)
    assert same(continued, app.weights_shown())  # the optimizer starts afresh in both
