"""The repaint scheduler: which views paint in which update, as training runs or rests."""

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QWidget

from playground.ui import repaint
from playground.ui.repaint import SLOW_VIEW_INTERVAL_S, RepaintScheduler


class View:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    def paint_latest(self, state) -> None:
        assert state.latest == "snapshot"
        self.log.append(self.name)

    def painted_scenes(self):
        return ()


@pytest.fixture
def setup(qtbot, monkeypatch):
    clock = SimpleNamespace(now=100.0)
    monkeypatch.setattr(repaint.time, "perf_counter", lambda: clock.now)
    window = QWidget()
    qtbot.addWidget(window)
    state = SimpleNamespace(latest="snapshot", history=None, running=False)
    scheduler = RepaintScheduler(state, window)
    log: list[str] = []
    scheduler.register(View("map", log))
    scheduler.register(View("canvas", log), throttled=True)
    scheduler.register(View("curves", log), throttled=True)

    def update(after: float) -> list[str]:
        """One update `after` seconds after the last; the views it painted, in order."""
        clock.now += after
        log.clear()
        scheduler.paint()
        return list(log)

    return SimpleNamespace(scheduler=scheduler, state=state, update=update, clock=clock)


def test_at_rest_every_update_paints_every_view(setup):
    assert setup.update(0.01) == ["map", "canvas", "curves"]
    assert setup.update(0.01) == ["map", "canvas", "curves"]


def test_while_running_quickly_slow_views_take_turns_about_ten_times_a_second(setup):
    setup.update(1.0)  # at rest: all painted
    setup.state.running = True
    painted = [setup.update(0.034) for _ in range(60)]  # two seconds, 29 updates a second
    assert all(views[0] == "map" for views in painted)
    assert all(len(views) <= 2 for views in painted)  # never both slow views in one update
    for name in ("canvas", "curves"):
        turns = [i for i, views in enumerate(painted) if name in views]
        assert 18 <= len(turns) <= 21  # about ten a second
        assert all(b - a >= 3 for a, b in zip(turns, turns[1:]))  # at least 0.1 s apart
    # both wait as long: the one registered first goes first, the other in the next update
    assert painted[:4] == [["map"], ["map"], ["map", "canvas"], ["map", "curves"]]


def test_the_first_update_of_a_run_paints_one_slow_view(setup):
    setup.update(0.0)
    setup.state.running = True
    setup.clock.now += 5.0  # a rest, then play
    setup.scheduler.running_changed(True)
    assert setup.update(0.02) == ["map", "canvas"]


def test_the_slow_view_waiting_longer_goes_first(setup):
    setup.state.running = True
    setup.update(1.0)  # slow updates: all painted
    assert setup.update(0.05) == ["map"]  # quick, and neither has waited long enough
    assert setup.update(SLOW_VIEW_INTERVAL_S) == ["map", "canvas"]
    assert setup.update(0.01) == ["map", "curves"]  # curves had waited longer than canvas now


def test_slow_updates_paint_every_view_even_while_running(setup):
    setup.state.running = True
    for _ in range(3):  # huge data: seconds between updates
        assert setup.update(2 * SLOW_VIEW_INTERVAL_S) == ["map", "canvas", "curves"]
