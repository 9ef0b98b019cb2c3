"""Your own points, one at a time: the edits of a list of inline rows (x₁, x₂, target) that
the data view makes undoable through the session. Pure functions, tested without a window."""

from __future__ import annotations

import numpy as np

from ..engine.dataset import Dataset

Row = tuple[float, float, float]
Rows = tuple[Row, ...]


def rows_of(dataset: Dataset | None) -> Rows:
    """Every point of a plane dataset (training points, then test points) as inline rows."""
    if dataset is None or not dataset.is_2d:
        return ()
    rows: list[Row] = []
    for raw, labels in ((dataset.raw_train, dataset.labels_train),
                        (dataset.raw_test, dataset.labels_test)):
        rows.extend((float(a), float(b), float(y)) for (a, b), y in zip(raw, labels))
    return tuple(rows)


def nearest_row(rows: Rows, x: float, y: float, pixel: tuple[float, float],
                radius: float) -> int | None:
    """The row drawn nearest to (x, y), if within `radius` pixels; `pixel` is the size of a
    pixel in data units, (width, height)."""
    if not rows:
        return None
    points = np.array([row[:2] for row in rows], dtype=float)
    distances = np.hypot((points[:, 0] - x) / pixel[0], (points[:, 1] - y) / pixel[1])
    nearest = int(np.argmin(distances))
    return nearest if distances[nearest] <= radius else None


def added(rows: Rows, x: float, y: float, target: float) -> Rows:
    return (*rows, (float(x), float(y), float(target)))


def removed(rows: Rows, index: int) -> Rows:
    return rows[:index] + rows[index + 1:]


def moved(rows: Rows, index: int, x: float, y: float) -> Rows:
    return rows[:index] + ((float(x), float(y), rows[index][2]),) + rows[index + 1:]


def relabelled(rows: Rows, index: int, target: float) -> Rows:
    x, y, _ = rows[index]
    return rows[:index] + ((x, y, float(target)),) + rows[index + 1:]
