"""The real window under random use: seeded random actions through its widgets while training
runs between them (see random_actions.py). It fails on an exception on any thread, a Qt
warning, an action or the shutdown that does not finish within its deadline, or a canvas that
disagrees with the session.

A few hundred actions in the normal run; more, and other seeds, with for example
PLAYGROUND_RANDOM_ACTIONS=5000 PLAYGROUND_RANDOM_SEEDS=1,2,3 (see the README's Testing)."""

import faulthandler
import os
import random
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from random_actions import Monkey

from playground.ui import autosave
from playground.ui.canvas.edits import activation_label, unit_pieces
from playground.ui.canvas.items import HeaderItem
from playground.ui.canvas.readout import snapshot_fits
from playground.ui.main_window import MainWindow
from playground.ui.theme import apply_theme

ACTIONS = int(os.environ.get("PLAYGROUND_RANDOM_ACTIONS", "250"))
TRACE = bool(os.environ.get("PLAYGROUND_RANDOM_TRACE"))  # print each action (to find a crash)
SEEDS = [int(seed) for seed in os.environ.get("PLAYGROUND_RANDOM_SEEDS", "12").split(",")]
CHECK_EVERY = 25  # actions between two comparisons of the canvas with the session
ACTION_DEADLINE_S = 30  # longer, and the test stops with every thread's traceback: a deadlock
SHUTDOWN_DEADLINE_S = 10
PAUSES_MS = (0, 0, 5, 20, 40)  # the event loop runs this long after an action: training goes on
OFFSCREEN_ONLY = "This plugin does not support propagateSizeHints"


@pytest.fixture
def thread_errors(monkeypatch):
    """Exceptions that end a Python thread (the autosave's, for one)."""
    errors = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args))
    return errors


def warnings_of(qtlog):
    return [r.message for r in qtlog.records
            if r.type_name != "QtDebugMsg" and r.type_name != "QtInfoMsg"
            and OFFSCREEN_ONLY not in r.message]


def settle(qtbot, window):
    """Pause, and wait until the views have been given the network as it is."""
    controls, app = window.controls, window.app
    qtbot.wait(20)  # a click on the canvas acts once its event has returned
    if controls.is_running():
        qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.running, timeout=ACTION_DEADLINE_S * 1000)
    if window.canvas.link_mode() != "weight":
        window.canvas.link_mode_box.setCurrentIndex(window.canvas.link_mode_box.findData("weight"))
    if app.shown_epoch is not None:  # the timeline shows a past epoch: its weights, then live

        def replayed() -> bool:
            network = app.training._worker._trainer.network  # paused: the thread is idle
            latest, epoch = app.latest, app.shown_epoch
            if epoch is None or latest is None or latest.epoch != epoch:
                return epoch is None
            kept = network.unpacked(app.archive.weights(epoch))
            return all(np.array_equal(shown[name], layer[name])
                       for shown, layer in zip(latest.weights, kept, strict=True)
                       for name in layer)

        qtbot.waitUntil(replayed, timeout=ACTION_DEADLINE_S * 1000)
        app.show_live()

    def current() -> bool:
        """The latest snapshot (painted as it came in) is of the network loaded last, as it is
        now: none is on its way, after a weight edit or a rebuild."""
        params = app.training._worker._trainer.network.params  # paused: the thread is idle
        latest = app.latest
        return latest is not None and latest.run == app.training._run and len(
            latest.weights) == len(params) and all(
            np.array_equal(shown[name], layer[name], equal_nan=True)
            for shown, layer in zip(latest.weights, params) for name in layer)

    qtbot.waitUntil(current, timeout=ACTION_DEADLINE_S * 1000)


def check_canvas(window, context: str) -> bool:
    """The canvas draws the session's network (layers, units, activations, inputs) and, when
    the network was built, the network's weights (True; False when it was not)."""
    spec, scene = window.app.session.spec, window.canvas.scene
    assert scene.spec == spec, context
    assert [len(units) for units in scene.nodes] == [layer.units for layer in spec.layers], context
    details = sorted(item.detail for item in scene.items() if isinstance(item, HeaderItem))
    expected = sorted([f"{spec.n_inputs} of {len(scene.feature_nodes)} on"] + [
        f"{layer.units} · {activation_label(layer.activation)}" for layer in spec.layers])
    assert details == expected, context
    active = sorted(name for name, node in scene.feature_nodes.items() if node.active)
    assert active == sorted(spec.features), context
    picker = window.picker
    assert picker.activation_combo.currentData() == spec.layers[picker.layer_index].activation
    assert picker.loss_combo.currentData() == spec.loss, context
    latest = window.app.latest
    if not snapshot_fits(spec, latest):
        assert window.message.isVisible(), context  # the build failed, and the window says why
        return False
    network = window.app.training._worker._trainer.network  # paused: the thread is idle
    state = (f"banner {window.message.isVisible()} {window.message.text()!r}; latest run "
             f"{latest.run}, loaded {window.app.training._run}; the network trained is the "
             f"session's: {network.spec == spec}")
    assert scene.snapshot is not None, f"the canvas shows no weights ({state}); {context}"
    for shown, params in zip(scene.snapshot.weights, network.params, strict=True):
        for name in ("W", "b"):
            np.testing.assert_array_equal(shown[name], params[name], err_msg=context)
    check_link_widths(window, network, context)
    return True


def check_link_widths(window, network, context: str) -> None:
    """Wider links for larger weights, in the order the links are drawn."""
    spec, scene = window.app.session.spec, window.canvas.scene
    widths = scene.link_painter._widths
    assert widths is not None and len(widths) == len(scene.all_links()), context
    magnitudes = []
    for index, (layer, params) in enumerate(zip(spec.layers, network.params, strict=True)):
        pieces = unit_pieces(spec, index)
        means = params["W"].reshape(params["W"].shape[0], layer.units, pieces).mean(axis=-1)
        magnitudes.append(np.abs(means).ravel())
    order = np.argsort(np.concatenate(magnitudes), kind="stable")
    assert np.all(np.diff(widths[order]) >= -1e-9), context


@pytest.mark.parametrize("seed", SEEDS)
def test_random_actions_on_the_real_window(qtbot, qtlog, tmp_path, monkeypatch, thread_errors,
                                           seed):
    monkeypatch.setattr(autosave, "QUIET_MS", 200)  # autosave often, among the actions
    monkeypatch.setattr(autosave, "LONGEST_WAIT_MS", 600)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.app.latest is not None)
    rng = random.Random(seed)
    monkey = Monkey(window, rng, tmp_path)
    slowest = (0.0, "")
    weights_compared = checks = 0
    try:
        with qtbot.captureExceptions() as exceptions:
            for number in range(1, ACTIONS + 1):
                faulthandler.dump_traceback_later(ACTION_DEADLINE_S, exit=True)
                start = time.perf_counter()
                done = monkey.act()
                if TRACE:
                    print(number, done, flush=True)
                qtbot.wait(rng.choice(PAUSES_MS))
                slowest = max(slowest, (time.perf_counter() - start, done))
                context = f"seed {seed}, action {number} ({done}); before: {monkey.log[-8:-1]}"
                assert not exceptions, f"{context}: {exceptions}"
                assert not thread_errors, f"{context}: {[e.exc_value for e in thread_errors]}"
                assert not warnings_of(qtlog), f"{context}: {warnings_of(qtlog)}"
                if number % CHECK_EVERY == 0 or number == ACTIONS:
                    settle(qtbot, window)
                    weights_compared += check_canvas(window, context)
                    checks += 1
            window.files.ask_discard = lambda: "discard"
            start = time.perf_counter()
            window.close()
            closed_in = time.perf_counter() - start
            assert not exceptions, exceptions
    finally:
        faulthandler.cancel_dump_traceback_later()
        apply_theme("system")  # the theme is the whole app's: the next tests get the usual one
    assert closed_in < SHUTDOWN_DEADLINE_S
    assert not window.app.training._thread.isRunning()
    assert not warnings_of(qtlog) and not thread_errors
    print(f"seed {seed}: {ACTIONS} actions; slowest {slowest[0]:.2f} s ({slowest[1]}); "
          f"closed in {closed_in:.2f} s; canvas checked {checks} times, weights too in "
          f"{weights_compared}; {monkey.values_asked} weight dialogs; {len(monkey.told)} "
          f"messages told; epoch {window.app.epoch}")
