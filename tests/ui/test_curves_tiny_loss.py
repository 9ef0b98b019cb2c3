"""Loss ranges the curves could not divide into steps (found by the random-action test)."""

import pytest

from playground.ui.curves import nice_range


@pytest.mark.parametrize("loss", [5e-324, 2.5e-323, 1e-310])
def test_a_loss_range_too_small_to_divide_gets_a_range_around_it(loss):
    low, high = nice_range(0.0, loss)
    assert low < loss < high and high - low >= 1.0
    assert nice_range(0, 137) == (0, 150)


def test_a_loss_below_zero_gets_a_range_that_holds_it():
    """Binary cross-entropy on targets past 1 (a regression set) goes below 0: −18 raised
    "math domain error" at every repaint."""
    assert nice_range(0.0, -18.03) == (-20.0, 0.0)
