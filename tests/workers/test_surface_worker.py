"""The loss-surface thread: a request gives the engine's surface, path and race; only the
newest request's result comes back; shutdown stops the thread."""

import numpy as np
import pytest

from playground.engine.network import Network
from playground.engine.spec import LayerSpec, NetworkSpec, TrainSettings
from playground.engine.surface import Parameter, loss_surface, random_directions
from playground.workers.surface import SurfaceController, SurfaceRequest, compute

SPEC = NetworkSpec(("x1", "x2"), (LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), "bce")


def request(**changes) -> SurfaceRequest:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 2))
    y = (x[:, :1] * x[:, 1:] > 0).astype(float)
    return SurfaceRequest(Network(SPEC, seed=2), x, y, resolution=9, **changes)


def test_compute_gives_the_engines_surface_and_projects_the_path():
    asked = request(seed=3)
    network = asked.network
    path = np.stack([network.packed() + 0.1, network.packed()])
    result = compute(request(seed=3, path=path))
    expected = loss_surface(network, asked.x, asked.y, random_directions(network, 3),
                            resolution=9)
    np.testing.assert_allclose(result.surface.loss, expected.loss)
    assert result.path.shape == (2, 2)
    np.testing.assert_allclose(result.path[-1], [0.0, 0.0], atol=1e-12)
    assert result.race == () and result.problem == ""


def test_compute_races_the_optimizers_and_explains_a_bad_choice():
    raced = compute(request(parameters=(Parameter(0, "W", (0, 0)), Parameter(1, "b", (0,))),
                            race=TrainSettings(learning_rate=0.1), steps=5))
    assert [run.points.shape for run in raced.race] == [(6, 2)] * 4
    bad = compute(request(parameters=(Parameter(0, "W", (0, 0)), Parameter(0, "W", (0, 0)))))
    assert bad.surface is None and "two different parameters" in bad.problem


def test_only_the_newest_result_comes_back(qtbot):
    controller = SurfaceController()
    results = []
    controller.computed.connect(results.append)
    controller.request(request(seed=1))
    newest = controller.request(request(seed=2))
    qtbot.waitUntil(lambda: not controller.pending, timeout=10000)
    assert [result.number for result in results] == [newest]
    assert results[0].surface.directions.seed == 2
    controller.shutdown()
    assert not controller.running


@pytest.mark.parametrize("twice", [False, True])
def test_shutdown_with_a_request_out_is_clean(qtbot, twice):
    controller = SurfaceController()
    controller.request(request(race=TrainSettings(), steps=50))
    controller.shutdown()
    if twice:
        controller.shutdown()
    assert not controller.running and not controller.pending
