"""A loss so near 0 that its range cannot be divided into steps (found by the random-action
test: binary cross-entropy fitted to 5e-324 raised "math domain error" in the curves)."""

import pytest

from playground.ui.curves import nice_range


@pytest.mark.parametrize("loss", [5e-324, 2.5e-323, 1e-310, -2e-16])
def test_a_loss_range_too_small_to_divide_gets_a_range_around_it(loss):
    low, high = nice_range(0.0, loss)
    assert low < loss < high and high - low >= 1.0
    assert nice_range(0, 137) == (0, 150)
