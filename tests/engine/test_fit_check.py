"""check_fits: the one check, shared by the CLI and the app, that a network fits its data."""

import pytest

from playground.engine.datasets import make_dataset
from playground.engine.errors import DataError
from playground.engine.features import FEATURES
from playground.engine.fit_check import check_fits
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec

BINARY = make_dataset(DataSettings(kind="xor", n_points=40))
BLOBS = make_dataset(DataSettings(kind="blobs", n_classes=3, n_points=60))
PLANE = make_dataset(DataSettings(kind="plane", n_points=40))
TABLE = make_dataset(DataSettings(kind="inline", points=((1.0, 2.0, 3.0, 0.5),) * 4))


def spec(outputs: int = 1, features: tuple[str, ...] = ("x1", "x2")) -> NetworkSpec:
    return NetworkSpec(features=features, layers=(LayerSpec(3, "tanh"), LayerSpec(outputs)))


@pytest.mark.parametrize(("network", "dataset"), [
    (spec(), BINARY),
    (spec(3), BLOBS),
    (spec(), PLANE),
    (spec(features=("x1", "x2", "x3")), TABLE),
    (spec(features=("x3", "x1_squared")), TABLE),
    (spec(features=tuple(FEATURES.names())), BINARY),  # x₁², sin x₁, …: derived from x1, x2
])
def test_a_network_that_fits_passes(network, dataset):
    check_fits(network, dataset, "some")


@pytest.mark.parametrize(("network", "dataset", "words"), [
    (spec(2), BINARY, ["output layer has 2 units", "xor data has one output (binary)",
                       '"units" to 1']),
    (spec(1), BLOBS, ["output layer has 1 units", "has 3 classes", '"units" to 3']),
    (spec(3), PLANE, ["one output (regression)", '"units" to 1']),
    (spec(features=("x1", "height")), BINARY, ["no feature 'height'", "offers x1, x2",
                                                "network.features"]),
    (spec(features=("x1", "x4")), TABLE, ["no feature 'x4'", "offers x1, x2, x3, x1_squared"]),
])
def test_a_misfit_is_named(network, dataset, words):
    with pytest.raises(DataError) as raised:
        check_fits(network, dataset, "xor")
    assert all(word in str(raised.value) for word in words), str(raised.value)
