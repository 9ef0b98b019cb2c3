"""A loss so near 0 that its range cannot be divided into steps (found by the random-action
test: binary cross-entropy fitted to 5e-324 raised "math domain error" in the curves)."""

from playground.ui.curves import nice_range


def test_a_loss_range_too_small_to_divide_gets_a_range_around_it():
    low, high = nice_range(0.0, 5e-324)
    assert low < 5e-324 < high and high - low >= 1.0
    assert nice_range(0, 137) == (0, 150)
