"""The bounded weight history: the recent past whole, thinner further back, never over its
bound in bytes."""

import numpy as np
import pytest

from playground.engine.archive import ARCHIVE_BYTES, RECENT_EPOCHS, WeightArchive
from playground.engine.network import MAX_PARAMETERS


def weights(epoch: int, size: int = 300) -> np.ndarray:
    return np.full(size, float(epoch))


def test_every_epoch_of_the_recent_past_is_kept_and_older_ones_thinned():
    archive = WeightArchive()
    for epoch in range(5001):
        archive.add(epoch, weights(epoch))
    kept = archive.epochs
    assert kept[-RECENT_EPOCHS:] == list(range(5001 - RECENT_EPOCHS, 5001))
    assert kept[0] == 0 and len(kept) < 5001 / 2
    gaps = np.diff(kept)
    assert list(gaps) == sorted(gaps, reverse=True)  # thinner the older
    for epoch in kept:
        assert np.array_equal(archive.weights(epoch), weights(epoch))


def test_the_count_grows_with_the_log_of_the_run():
    archive = WeightArchive()
    for epoch in range(40_001):
        archive.add(epoch, weights(epoch, 2))
    # recent · (1 + log2(n / recent) / 2) = 500 · (1 + 6.3 / 2)
    assert RECENT_EPOCHS < len(archive) <= RECENT_EPOCHS * (1 + np.log2(80) / 2) + 2


@pytest.mark.parametrize("size", [300, 5_000, 100_000])
def test_the_bound_in_bytes_holds_over_a_long_run(size):
    bound = 4 * 2**20
    archive = WeightArchive(bound)
    flat = np.zeros(size)
    for epoch in range(3000):
        archive.add(epoch, flat)
        assert archive.nbytes <= bound
        assert archive.nbytes == sum(kept.nbytes for _epoch, kept in archive)
    assert archive.last_epoch == 2999
    assert len(archive) >= min(bound // flat.nbytes, 3000) // 3  # the bound is used, not wasted


def test_the_biggest_network_keeps_fewer_epochs_within_the_stated_bound():
    archive = WeightArchive()
    flat = np.zeros(MAX_PARAMETERS)
    for epoch in range(40):
        archive.add(epoch, flat)
        assert archive.nbytes <= ARCHIVE_BYTES
    assert archive.last_epoch == 39 and 2 <= len(archive) <= ARCHIVE_BYTES // flat.nbytes


def test_kept_weights_are_copies_and_read_only():
    archive = WeightArchive()
    flat = np.arange(5.0)
    archive.add(0, flat)
    flat[0] = 99.0
    assert archive.weights(0)[0] == 0.0
    with pytest.raises(ValueError):
        archive.weights(0)[0] = 1.0


def test_an_earlier_epoch_starts_a_new_future():
    archive = WeightArchive()
    for epoch in range(10):
        archive.add(epoch, weights(epoch, 3))
    archive.add(4, weights(40, 3))
    assert archive.epochs == [0, 1, 2, 3, 4] and archive.weights(4)[0] == 40.0
    assert archive.nbytes == 5 * 3 * 8


def test_a_copy_up_to_an_epoch_and_the_nearest_kept_epoch():
    archive = WeightArchive()
    for epoch in range(0, 20, 2):
        archive.add(epoch, weights(epoch, 3))
    copied = archive.copy(7)
    assert copied.epochs == [0, 2, 4, 6] and archive.epochs[-1] == 18
    assert archive.nearest(5) == 4 and archive.nearest(100) == 18
    assert WeightArchive().nearest(3) is None


def test_another_network_replaces_the_weights():
    archive = WeightArchive()
    archive.add(0, np.zeros(3))
    archive.add(1, np.zeros(4))
    assert archive.epochs == [1] and archive.nbytes == 32


def test_a_bad_bound_is_refused():
    with pytest.raises(ValueError, match="positive bound"):
        WeightArchive(0)


@pytest.mark.parametrize("step", [1, 3, 100])
def test_epochs_one_by_one_or_in_jumps_keep_what_the_rule_says(step):
    archive = WeightArchive()
    last = 0
    for last in range(0, 6000, step):
        archive.add(last, weights(last, 2))
    assert archive.epochs == [epoch for epoch in range(0, last + 1, step)
                              if epoch % archive.stride(last - epoch) == 0]
