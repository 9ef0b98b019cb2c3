"""History: cheap appends, read-only columns, and its one conversion to the model file's lists."""

import math

import numpy as np
import pytest

from playground.engine.history import COLUMNS, MEASURES, History
from playground.engine.trainer import EpochResult


def result(epoch: int, loss: float = 0.5, test_loss: float = math.nan) -> EpochResult:
    return EpochResult(epoch, loss, test_loss, 0.75, math.nan)


def test_appends_keep_every_epoch_in_order_and_grow_by_doubling():
    history = History(capacity=4)
    for epoch in range(1, 11):
        history.append(result(epoch, loss=1.0 / epoch))
    assert len(history) == 10 and history.last_epoch == 10
    assert history._data.shape[1] == 16  # 4 → 8 → 16
    np.testing.assert_array_equal(history.epochs, np.arange(1, 11))
    np.testing.assert_array_equal(history.column("train_loss"), 1.0 / np.arange(1, 11))
    assert np.isnan(history.column("test_metric")).all()


def test_columns_are_read_only_and_keep_their_values_as_it_grows():
    history = History(capacity=2)
    history.append(result(1, loss=0.25))
    early = history.column("train_loss")
    for epoch in range(2, 6):
        history.append(result(epoch))
    assert not early.flags.writeable and list(early) == [0.25]
    with pytest.raises(ValueError):
        history.epochs[0] = 7.0


def test_extend_and_copy():
    first = History.from_columns(epoch=[1, 2], train_loss=[0.5, 0.4])
    second = History.from_columns(epoch=[3], train_loss=[0.3], test_loss=[0.35])
    assert not first.has_test and second.has_test
    joined = first.copy()
    joined.extend(second)
    assert list(joined.epochs) == [1, 2, 3] and list(joined.column("train_loss")) == [0.5, 0.4, 0.3]
    assert joined.has_test and len(first) == 2  # the copy is independent
    assert joined == History.from_columns(
        epoch=[1, 2, 3], train_loss=[0.5, 0.4, 0.3], test_loss=[math.nan, math.nan, 0.35]
    )
    assert joined != first


def test_from_columns_checks_names_and_lengths():
    empty = History.from_columns()
    assert len(empty) == 0 and empty.last_epoch == 0
    with pytest.raises(ValueError, match="val_loss"):
        History.from_columns(epoch=[1], val_loss=[0.5])
    with pytest.raises(ValueError, match="one value per epoch"):
        History.from_columns(epoch=[1, 2], train_loss=[0.5])


def test_file_lists_round_trip_numbered_to_the_saved_epoch():
    history = History.from_columns(
        epoch=[4, 5, 6], **{key: [0.1 * i, 0.2 * i, 0.3 * i] for i, key in enumerate(MEASURES)}
    )
    lists = history.to_file(last_epoch=6)
    assert list(lists) == list(MEASURES) and "epoch" not in lists
    assert History.from_file(lists, last_epoch=6) == history
    assert History().to_file(last_epoch=3) == {}


def test_file_lists_number_their_epochs_when_they_have_gaps():
    history = History.from_columns(epoch=[0, 1, 5, 6], train_loss=[0.9, 0.8, 0.4, 0.3])
    lists = history.to_file(last_epoch=6)
    assert list(lists["epoch"]) == [0, 1, 5, 6]
    assert History.from_file(lists, last_epoch=6) == history
    # epochs that end before the saved epoch (a run paused, then rewound) are numbered too
    assert list(History.from_columns(epoch=[0, 1], train_loss=[1, 2]).to_file(5)["epoch"]) \
        == [0, 1]


def test_thinned_keeps_the_newest_half_whole_and_evenly_spaced_older_epochs():
    epochs = np.arange(0, 1001)
    history = History.from_columns(epoch=epochs, train_loss=1 / (1 + epochs),
                                   grad_mean_abs=np.stack([epochs, -epochs], axis=1))
    thin = history.thinned(100)
    kept = thin.epochs.astype(int)
    assert len(thin) == 100 and kept[0] == 0 and kept[-1] == 1000
    assert list(kept[-50:]) == list(range(951, 1001))
    assert set(np.diff(kept[:50])) <= {19, 20}  # epochs 0 … 950, evenly spaced
    rows = np.searchsorted(epochs, kept)
    assert np.array_equal(thin.column("train_loss"), history.column("train_loss")[rows])
    assert np.array_equal(thin.layer_series("grad_mean_abs"),
                          history.layer_series("grad_mean_abs")[rows])
    assert history.thinned(5000) == history and history.thinned(0).epochs.tolist() == [0, 1000]


def test_from_file_fills_missing_lists_and_numbers_from_one_when_longer_than_the_epoch():
    restored = History.from_file({"train_loss": [0.5, 0.25]}, last_epoch=7)
    assert list(restored.epochs) == [6, 7]
    assert all(np.isnan(restored.column(name)).all() for name in COLUMNS[2:])
    assert list(History.from_file({"train_loss": [0.5, 0.25]}, last_epoch=0).epochs) == [1, 2]


def test_a_fresh_runs_history_starts_at_epoch_0_the_loss_before_training():
    restored = History.from_file({"train_loss": [0.7, 0.5, 0.25]}, last_epoch=2)
    assert list(restored.epochs) == [0, 1, 2]
    assert len(History.from_file({}, last_epoch=3)) == 0


def stats(epoch: int, grads: tuple[float, ...] | None, ratios=None) -> EpochResult:
    return EpochResult(epoch, 0.5, math.nan, 0.75, math.nan, grad_mean_abs=grads,
                       update_ratio=ratios)


def test_layer_series_keep_one_value_per_layer_per_epoch_nan_where_not_recorded():
    history = History(capacity=1)
    history.append(stats(0, None))
    history.append(stats(1, (0.1, 0.2), (0.01, 0.02)))
    history.append(stats(2, (0.3, 0.4)))
    assert history.n_layers == 2
    grads = history.layer_series("grad_mean_abs")
    np.testing.assert_array_equal(grads, [[np.nan, np.nan], [0.1, 0.2], [0.3, 0.4]])
    np.testing.assert_array_equal(history.layer_series("update_ratio")[1:],
                                  [[0.01, 0.02], [np.nan, np.nan]])
    assert not grads.flags.writeable


def test_epochs_added_at_once_are_those_added_one_by_one():
    results = [stats(0, None), stats(1, (0.1,), (0.5,)), stats(2, None),
               stats(3, (0.3, 0.4)), EpochResult(4, 0.25, 0.5, 1.0, 0.9)]
    one_by_one, at_once = History(capacity=1), History(capacity=1)
    for result in results:
        one_by_one.append(result)
    at_once.append_all(results[:2])
    at_once.append_all([])
    at_once.append_all(results[2:])
    for name in COLUMNS:
        np.testing.assert_array_equal(at_once.column(name), one_by_one.column(name))
    for name in ("grad_mean_abs", "update_ratio"):
        np.testing.assert_array_equal(at_once.layer_series(name), one_by_one.layer_series(name))
    assert at_once.has_test and len(at_once) == 5


def test_layer_series_round_trip_through_the_file_lists_copy_and_last():
    history = History()
    for epoch in range(4):
        history.append(stats(epoch, (epoch + 0.5, epoch + 1.5), (0.1, 0.2)))
    lists = history.to_file(last_epoch=3)
    assert lists["grad_mean_abs"][3].tolist() == [3.5, 4.5]
    assert History.from_file(lists, last_epoch=3) == history
    assert history.copy() == history
    tail = history.last(2)
    assert list(tail.epochs) == [2, 3] and tail.layer_series("grad_mean_abs")[0].tolist() == [
        2.5, 3.5]
    assert history.last(0) == History() and history.last(9) == history
    assert history != History.from_columns(epoch=range(4), train_loss=[0.5] * 4,
                                           train_metric=[0.75] * 4)


def test_from_columns_checks_the_layer_series_agree():
    with pytest.raises(ValueError, match="one value per layer"):
        History.from_columns(epoch=[1], grad_mean_abs=[[0.1, 0.2]], update_ratio=[[0.1]])


def test_csv_has_every_epoch_and_empty_cells_for_missing_values():
    history = History.from_columns(
        epoch=[0, 1, 2], train_loss=[0.7, 0.5, 0.25], test_loss=[0.8, math.nan, 0.3],
        train_metric=[0.5, 0.75, 1.0], test_metric=[0.5, math.nan, 0.9],
        grad_mean_abs=[[0.1, 0.2], [math.nan, math.nan], [0.3, 0.4]],
    )
    lines = history.to_csv("accuracy").splitlines()
    assert lines == [
        "epoch,train_loss,test_loss,train_accuracy,test_accuracy,grad_mean_abs_layer1,"
        "grad_mean_abs_layer2,update_ratio_layer1,update_ratio_layer2",
        "0,0.7,0.8,0.5,0.5,0.1,0.2,,",
        "1,0.5,,0.75,,,,,",
        "2,0.25,0.3,1.0,0.9,0.3,0.4,,",
    ]
    assert History().to_csv("r2") == "epoch,train_loss,test_loss,train_r2,test_r2\n"
