"""Data to learn from: generated sets, inline points and CSV files, split into train and test.

`make_dataset` checks the data settings, makes or loads the points, settles the task (inferred
from the targets when not given) and splits the rows; the generators, the `Dataset` type and
CSV files have modules of their own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .csvfile import default_names, load_csv, parse_numbers
from .dataset import Dataset
from .errors import DataError, text_error
from .generators import DATASETS
from .spec import MAX_CLASSES, MAX_POINTS, DataSettings, setting_rules, settings_problem
from .texts import QT_TRANSLATE_NOOP, Text

MIN_GENERATED_POINTS = 2  # a generator makes at least this many points: one to train, one to test


def make_dataset(settings: DataSettings) -> Dataset:
    """Generate or load the data that `settings` describes and split it into train and test."""
    _check_settings(settings)
    rng = np.random.default_rng(settings.seed)
    task = settings.task
    if settings.kind == "inline" and not settings.points:
        return _no_points(task or "binary", settings.n_classes)
    if settings.kind == "inline":
        raw, target = _inline_points(settings.points)
        raw_names, target_name = default_names(raw.shape[1])
    elif settings.kind == "csv":
        if not settings.csv_path:
            raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "no CSV file is chosen"))
        raw, target, raw_names, target_name = load_csv(settings.csv_path)
    else:
        generator = DATASETS[settings.kind]
        raw, target = generator.generate(settings.n_points, settings.noise, rng, settings.n_classes)
        raw_names, target_name = ("x1", "x2"), "y"
        task = task or generator.task
    task, n_classes, labels = _resolve_task(target, task)
    train, test = _split(len(labels), settings.train_ratio, rng)
    return Dataset(
        task, n_classes, raw_names, target_name, raw[train], raw[test], labels[train], labels[test]
    )


def recorded_settings(settings: DataSettings, dataset: Dataset) -> DataSettings:
    """`settings` as a file records them: for points typed in or loaded from a CSV file, the
    point and class counts are the data's own, not the generator's fields they do not use."""
    if settings.kind in DATASETS:
        return settings
    total = len(dataset.raw_train) + len(dataset.raw_test)
    changes = {"n_points": total} if total else {}
    if dataset.task != "regression":  # a regression set has no classes to count
        changes["n_classes"] = dataset.n_classes
    return settings.with_(**changes)


def _check_settings(settings: DataSettings) -> None:
    problem = settings_problem(settings, skip=("n_classes",))  # only k-class generators use it
    if problem is not None:
        raise DataError(problem)
    if settings.kind not in DATASETS:
        return
    n = settings.n_points
    if n < MIN_GENERATED_POINTS:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors",
            "a generated dataset needs at least {0} points"), MIN_GENERATED_POINTS)
    if DATASETS[settings.kind].task == "multiclass":
        k = settings.n_classes
        problem = setting_rules(DataSettings)["n_classes"].message(k)
        if problem is not None:
            raise DataError(problem)
        if n < k:
            raise text_error(DataError, QT_TRANSLATE_NOOP("Errors",
                "{0} points cannot cover {1} classes; use at least {1} points"), n, k)


def _listing(values: np.ndarray) -> str:
    shown = ", ".join(f"{v:g}" for v in values[:MAX_CLASSES])
    return shown + (", …" if len(values) > MAX_CLASSES else "")


def _resolve_task(target: np.ndarray, task: str | None) -> tuple[str, int, np.ndarray]:
    """The task (inferred when None), the class count and the labels, checked against the task."""
    values = np.unique(target)
    whole = bool(np.all(values == np.round(values)))
    if task is None:
        if not whole or len(values) > MAX_CLASSES:
            task = "regression"
        else:
            task = "binary" if np.isin(values, [0, 1]).all() else "multiclass"
    if task == "regression":
        return task, 0, target.astype(np.float64)
    if not whole:
        raise DataError(
            f"{task} targets must be whole class numbers; found {_listing(values)}. "
            "Set the task to regression for measured values"
        )
    if task == "binary":
        if not np.isin(values, [0, 1]).all():
            raise text_error(DataError, QT_TRANSLATE_NOOP("Errors",
                "binary targets must be 0 or 1; found {0}"), _listing(values))
        return task, 2, target.astype(np.int64)
    k = len(values)
    if values[0] != 0 or values[-1] != k - 1 or not 2 <= k <= MAX_CLASSES:
        raise DataError(
            f"multiclass targets must be the class numbers 0…k−1 (2 ≤ k ≤ {MAX_CLASSES}), each "
            f"used at least once; found {_listing(values)}. Renumber the classes, or set the "
            "task to regression"
        )
    return task, k, target.astype(np.int64)


def _split(n: int, ratio: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    if ratio == 1:
        # Every row in its given order: textbook hand calculations follow the rows as written.
        return np.arange(n), np.arange(0)
    order = rng.permutation(n)
    n_train = min(n, max(1, math.floor(n * ratio + 0.5)))
    return order[:n_train], order[n_train:]



def _no_points(task: str, n_classes: int) -> Dataset:
    """An empty set of points of the plane (your own points before the first one is added):
    it can be drawn in, not trained on."""
    classes = {"regression": 0, "binary": 2}.get(task, n_classes)
    empty = np.empty((0, 2))
    return Dataset(task, classes, ("x1", "x2"), "y", empty, empty, empty[:, 0], empty[:, 0])


def _inline_points(points: Sequence[Sequence[float]]) -> tuple[np.ndarray, np.ndarray]:
    if len(points) > MAX_POINTS:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors",
            "{0} points are too many; the limit is {1}"), f"{len(points):,}", f"{MAX_POINTS:,}")
    width = len(points[0])
    if width < 2:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors",
            "each point needs at least one input and a target; point 1 has 1 value"))
    for i, row in enumerate(points, start=1):
        if len(row) != width:
            raise text_error(DataError, QT_TRANSLATE_NOOP("Errors",
                "point {0} has {1} values, but point 1 has {2}"), i, len(row), width)
    cell = QT_TRANSLATE_NOOP("Errors", "point {0}, value {1}")
    array = parse_numbers(points, lambda i, j: Text("Errors", cell, (i + 1, j + 1)))
    return array[:, :-1], array[:, -1]
