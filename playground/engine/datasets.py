"""Data to learn from: generated sets, inline points and CSV files, split into train and test.

Generated inputs lie in [−6, 6]², the TensorFlow Playground's window. Targets are class numbers
0…k−1 for classification and floats for regression; `Dataset.y_train` / `y_test` encode them as
the network's outputs (0/1 column, one-hot, or the value).
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np

from ..files import write_text_atomic
from .errors import DataError
from .features import apply_features, available_features
from .registry import Registry
from .spec import MAX_CLASSES, MAX_POINTS, DataSettings, setting_rules, settings_problem

TASKS = ("binary", "multiclass", "regression")
LIMIT = 6.0  # generated inputs lie in [−LIMIT, LIMIT]²
MAX_CSV_BYTES = 50 * 1024 * 1024


class Generator:
    """Base class of a generated dataset. Subclasses set the class attributes and `sample`."""

    name: ClassVar[str]  # registry key, as written in session files
    label: ClassVar[str]  # shown in the app
    task: ClassVar[str]  # binary | multiclass | regression
    description: ClassVar[str]  # what it looks like and what it teaches

    def generate(
        self, n_points: int, noise: float, rng: np.random.Generator, n_classes: int = 2
    ) -> tuple[np.ndarray, np.ndarray]:
        """Raw points (n, 2) in [−6, 6]² and targets (n,); `noise` 0 is clean, 1 very noisy."""
        raw, target = self.sample(n_points, noise, rng, n_classes)
        # Shuffled so the classes interleave: with train_ratio 1 the order reaches training as is.
        order = rng.permutation(n_points)
        return np.clip(raw[order], -LIMIT, LIMIT), target[order]

    def sample(
        self, n: int, noise: float, rng: np.random.Generator, n_classes: int
    ) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError


DATASETS: Registry[Generator] = Registry("dataset")


def _polar(radius: np.ndarray | float, angle: np.ndarray) -> np.ndarray:
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def _jitter(rng: np.random.Generator, n: int, sigma: float) -> np.ndarray:
    # Drawn even when sigma is 0, so moving the noise slider keeps the same underlying points.
    return sigma * rng.standard_normal((n, 2))


@DATASETS.register
class Circle(Generator):
    name = "circle"
    label = "Circle"
    task = "binary"
    description = (
        "Class 1 fills a disc of radius 2.5; class 0 is a ring from 3.5 to 5 around it. "
        "No straight line separates them, but x₁² and x₂² make the problem linear."
    )

    def sample(self, n, noise, rng, n_classes):
        labels = np.arange(n) % 2
        u = rng.uniform(size=n)
        # The square roots spread the points evenly over the area rather than the radius.
        radius = np.where(labels == 1, 2.5 * np.sqrt(u), np.sqrt(3.5**2 + (5**2 - 3.5**2) * u))
        raw = _polar(radius, rng.uniform(0, 2 * np.pi, n)) + _jitter(rng, n, 1.5 * noise)
        return raw, labels


@DATASETS.register
class Xor(Generator):
    name = "xor"
    label = "Exclusive or"
    task = "binary"
    description = (
        "Class 1 where x₁ and x₂ have the same sign, class 0 where they differ. "
        "A network without a hidden layer cannot learn it; one hidden layer, or x₁x₂, can."
    )

    def sample(self, n, noise, rng, n_classes):
        # A margin of 0.3 keeps the clean points off the axes, the decision boundary.
        raw = rng.uniform(0.3, 5.0, (n, 2)) * rng.choice([-1.0, 1.0], (n, 2))
        labels = (raw[:, 0] * raw[:, 1] > 0).astype(np.int64)
        return raw + _jitter(rng, n, 1.5 * noise), labels


@DATASETS.register
class Gaussians(Generator):
    name = "gaussians"
    label = "Two Gaussians"
    task = "binary"
    description = (
        "Two round clusters around (2, 2) (class 1) and (−2, −2) (class 0). A straight line "
        "separates them; noise widens the clusters until they overlap."
    )

    def sample(self, n, noise, rng, n_classes):
        labels = np.arange(n) % 2
        centres = np.where(labels[:, None] == 1, 2.0, -2.0)
        return centres + _jitter(rng, n, 0.5 + 1.5 * noise), labels


def _spiral_arms(
    n: int, noise: float, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """k arms winding 1.75 turns out to radius 5, arm j turned by 2πj/k; arm j is class j."""
    labels = np.arange(n) % k
    along = rng.uniform(size=n)
    angle = 1.75 * 2 * np.pi * along + 2 * np.pi * labels / k
    return _polar(5 * along, angle) + _jitter(rng, n, 0.75 * noise), labels


@DATASETS.register
class Spiral(Generator):
    name = "spiral"
    label = "Spiral"
    task = "binary"
    description = (
        "Two interleaved spiral arms, one per class: the hardest of the binary sets. "
        "It needs several hidden layers, or sin(x₁) and sin(x₂) as inputs."
    )

    def sample(self, n, noise, rng, n_classes):
        return _spiral_arms(n, noise, rng, 2)


@DATASETS.register
class Blobs(Generator):
    name = "blobs"
    label = "Blobs (k classes)"
    task = "multiclass"
    description = (
        "k round clusters placed evenly on a circle of radius 3.5, one per class. "
        "Softmax outputs with cross-entropy learn it; noise makes neighbours overlap."
    )

    def sample(self, n, noise, rng, n_classes):
        labels = np.arange(n) % n_classes
        centres = _polar(3.5, 2 * np.pi * labels / n_classes + np.pi / 2)
        return centres + _jitter(rng, n, 0.5 + noise), labels


@DATASETS.register
class SpiralK(Generator):
    name = "spiral_k"
    label = "Spiral (k classes)"
    task = "multiclass"
    description = "k interleaved spiral arms, one per class: a hard multi-class problem."

    def sample(self, n, noise, rng, n_classes):
        return _spiral_arms(n, noise, rng, n_classes)


@DATASETS.register
class Plane(Generator):
    name = "plane"
    label = "Plane"
    task = "regression"
    description = (
        "y = (x₁ + x₂) / 12 over the whole square, between −1 and 1: a linear output neuron "
        "with no hidden layer fits it exactly. Noise is added to y."
    )

    def sample(self, n, noise, rng, n_classes):
        raw = rng.uniform(-LIMIT, LIMIT, (n, 2))
        target = (raw[:, 0] + raw[:, 1]) / 12 + 0.3 * noise * rng.standard_normal(n)
        return raw, target


_BUMPS = np.array([[-4, 2.5], [0, 2.5], [4, 2.5], [-4, -2.5], [0, -2.5], [4, -2.5]])
_BUMP_SIGNS = np.array([1, -1, 1, -1, 1, -1])


@DATASETS.register
class MultiGaussian(Generator):
    name = "multi_gaussian"
    label = "Multi-Gaussian"
    task = "regression"
    description = (
        "y is a sum of six Gaussian bumps of height +1 or −1 in a checkerboard: a curved "
        "surface that needs hidden units. Noise is added to y."
    )

    def sample(self, n, noise, rng, n_classes):
        raw = rng.uniform(-LIMIT, LIMIT, (n, 2))
        squared = ((raw[:, None, :] - _BUMPS[None]) ** 2).sum(axis=2)
        target = (_BUMP_SIGNS * np.exp(-squared / (2 * 1.5**2))).sum(axis=1)
        return raw, target + 0.3 * noise * rng.standard_normal(n)


@dataclass(frozen=True, eq=False)  # eq=False: NumPy arrays have no single truth value
class Dataset:
    """Raw input columns and targets, split into train and test (the test set may be empty).

    `labels_*` hold one class number per row (int) for classification and the value (float)
    for regression. The arrays are read-only: views and the trainer share them.
    """

    task: str  # binary | multiclass | regression
    n_classes: int  # 2 for binary, k for multiclass, 0 for regression
    raw_names: tuple[str, ...]
    target_name: str
    raw_train: np.ndarray  # (n_train, len(raw_names))
    raw_test: np.ndarray
    labels_train: np.ndarray  # (n_train,)
    labels_test: np.ndarray

    def __post_init__(self) -> None:
        label_type = np.float64 if self.task == "regression" else np.int64
        for field, dtype in [
            ("raw_train", np.float64),
            ("raw_test", np.float64),
            ("labels_train", label_type),
            ("labels_test", label_type),
        ]:
            array = np.array(getattr(self, field), dtype=dtype)
            array.flags.writeable = False
            object.__setattr__(self, field, array)
        object.__setattr__(self, "raw_names", tuple(self.raw_names))

    @property
    def n_outputs(self) -> int:
        return self.n_classes if self.task == "multiclass" else 1

    @property
    def is_2d(self) -> bool:
        """Two raw input columns, so the points and the decision map can be drawn in a plane."""
        return len(self.raw_names) == 2

    @property
    def y_train(self) -> np.ndarray:
        """Training targets as the network's outputs, shape (n_train, n_outputs)."""
        return self._encode(self.labels_train)

    @property
    def y_test(self) -> np.ndarray:
        return self._encode(self.labels_test)

    def _encode(self, labels: np.ndarray) -> np.ndarray:
        if self.task == "multiclass":
            return np.eye(self.n_classes)[labels]
        return labels.astype(np.float64)[:, None]

    def feature_names(self) -> list[str]:
        """The input features this data offers: its raw columns, plus x₁², … when it has x1, x2."""
        return available_features(self.raw_names)

    def features(self, names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The network's inputs (x_train, x_test) for the chosen feature names."""
        return (
            apply_features(self.raw_train, self.raw_names, names),
            apply_features(self.raw_test, self.raw_names, names),
        )


def make_dataset(settings: DataSettings) -> Dataset:
    """Generate or load the data that `settings` describes and split it into train and test."""
    _check_settings(settings)
    rng = np.random.default_rng(settings.seed)
    task = settings.task
    if settings.kind == "inline":
        raw, target = _inline_points(settings.points)
        raw_names, target_name = _default_names(raw.shape[1])
    elif settings.kind == "csv":
        if not settings.csv_path:
            raise DataError("no CSV file is chosen")
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


def _check_settings(settings: DataSettings) -> None:
    problem = settings_problem(settings, skip=("n_classes",))  # only k-class generators use it
    if problem is not None:
        raise DataError(problem)
    if settings.kind not in DATASETS:
        return
    n = settings.n_points
    if n < 2:
        raise DataError("a generated dataset needs at least 2 points")
    if DATASETS[settings.kind].task == "multiclass":
        k = settings.n_classes
        problem = setting_rules(DataSettings)["n_classes"].message(k)
        if problem is not None:
            raise DataError(problem)
        if n < k:
            raise DataError(f"{n} points cannot cover {k} classes; use at least {k} points")


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
            raise DataError(f"binary targets must be 0 or 1; found {_listing(values)}")
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


def _default_names(n_columns: int) -> tuple[tuple[str, ...], str]:
    return tuple(f"x{i}" for i in range(1, n_columns + 1)), "y"


def _is_number(cell: object) -> bool:
    try:
        float(cell)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _numbers(rows: Sequence[Sequence[object]], where: Callable[[int, int], str]) -> np.ndarray:
    """Rows of cells as a float64 array; a bad cell raises DataError naming `where(row, col)`."""
    try:
        array = np.array(rows, dtype=np.float64)
    except (TypeError, ValueError):
        # The fast conversion failed: find the first offending cell to name it.
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                if not _is_number(cell):
                    raise DataError(f"{where(i, j)}: {cell!r} is not a number") from None
        raise DataError("the data holds values that are not numbers") from None
    bad = np.argwhere(~np.isfinite(array))
    if len(bad):
        i, j = bad[0]
        raise DataError(f"{where(i, j)}: {rows[i][j]!r} is not a finite number")
    return array


def _inline_points(points: Sequence[Sequence[float]]) -> tuple[np.ndarray, np.ndarray]:
    if len(points) == 0:
        raise DataError("no points are given; add rows of [x1, x2, …, target]")
    if len(points) > MAX_POINTS:
        raise DataError(f"{len(points):,} points are too many; the limit is {MAX_POINTS:,}")
    width = len(points[0])
    if width < 2:
        raise DataError("each point needs at least one input and a target; point 1 has 1 value")
    for i, row in enumerate(points, start=1):
        if len(row) != width:
            raise DataError(f"point {i} has {len(row)} values, but point 1 has {width}")
    array = _numbers(points, lambda i, j: f"point {i + 1}, value {j + 1}")
    return array[:, :-1], array[:, -1]


def _check_names(names: Sequence[str], where: str) -> None:
    """Column names that read back as a header: non-empty, not numbers, each used once."""
    seen: set[str] = set()
    for column, name in enumerate(names, start=1):
        if not name.strip():
            raise DataError(f"{where}: column {column} has no name")
        if _is_number(name):
            raise DataError(f"{where}: column name {name!r} is a number; names must not be")
        if name in seen:
            raise DataError(f"{where}: column name {name!r} is used twice")
        seen.add(name)


def load_csv(
    path: str | os.PathLike[str],
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], str]:
    """Read raw inputs (n, d), targets (n,), input names and target name from a CSV file.

    Comma-separated, the last column is the target. A first row without numbers is the header;
    without one the columns are named x1, x2, … and y. Blank lines are skipped.
    """
    file = Path(path)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise DataError(f"{file} is a folder, not a CSV file")
        if size > MAX_CSV_BYTES:
            raise DataError(f"CSV file {file.name} is {size / 1024**2:.1f} MB; the limit is 50 MB")
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(f"CSV file not found: {file}") from None
    except UnicodeDecodeError:
        raise DataError(f"CSV file {file.name} is not UTF-8 text") from None
    except OSError as error:
        raise DataError(f"cannot read CSV file {file}: {error.strerror}") from None

    rows: list[list[str]] = []
    lines: list[int] = []  # the file's line number of each row, for messages
    # strict: a stray quote is an error to report, not a silently merged cell.
    reader = csv.reader(io.StringIO(text), skipinitialspace=True, strict=True)
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
                lines.append(reader.line_num)
                if len(rows) > MAX_POINTS + 1:  # + 1: the first row may be a header
                    raise DataError(f"CSV file {file.name} has more than {MAX_POINTS:,} rows")
    except csv.Error as error:
        raise DataError(f"CSV file {file.name}, line {reader.line_num}: {error}") from None
    if not rows:
        raise DataError(f"CSV file {file.name} is empty")

    first, first_line = rows[0], lines[0]
    if len(first) < 2:
        raise DataError(
            f"line {first_line} has 1 column; a CSV file needs at least 2 (inputs, then the "
            "target), separated by commas"
        )
    numeric = [_is_number(cell) for cell in first]
    names: list[str] | None = None
    if not any(numeric):
        names = [cell.strip() for cell in first]
        _check_names(names, f"line {first_line}")
        rows, lines = rows[1:], lines[1:]
    elif not all(numeric):
        raise DataError(
            f"line {first_line} mixes names and numbers: a header row must name every column, "
            "a data row must hold only numbers"
        )
    if not rows:
        raise DataError(f"CSV file {file.name} has a header but no data rows")
    if len(rows) > MAX_POINTS:
        raise DataError(f"CSV file {file.name} has more than {MAX_POINTS:,} rows")
    for row, line in zip(rows, lines, strict=True):
        if len(row) != len(first):
            raise DataError(
                f"line {line} has {len(row)} columns, but line {first_line} has {len(first)}"
            )

    array = _numbers(rows, lambda i, j: f"line {lines[i]}, column {j + 1}")
    raw_names, target_name = (
        (tuple(names[:-1]), names[-1]) if names else _default_names(len(first) - 1)
    )
    return array[:, :-1], array[:, -1], raw_names, target_name


def save_csv(
    path: str | os.PathLike[str],
    raw: np.ndarray,
    target: np.ndarray,
    raw_names: Sequence[str],
    target_name: str,
) -> None:
    """Write the data as a CSV file with a header that `load_csv` reads back exactly."""
    raw = np.asarray(raw, dtype=np.float64)
    target = np.asarray(target)
    if raw.ndim != 2 or raw.shape[1] != len(raw_names) or target.shape != (len(raw),):
        raise DataError(
            f"cannot save inputs of shape {raw.shape} with {len(raw_names)} names and "
            f"targets of shape {target.shape}"
        )
    names = [*raw_names, target_name]
    _check_names(names, "cannot save")
    if not np.issubdtype(target.dtype, np.integer):
        target = target.astype(np.float64)
    if not (np.isfinite(raw).all() and np.isfinite(target).all()):
        raise DataError("cannot save data holding NaN or infinite values")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    # repr gives the shortest text that reads back as the same float; class numbers stay ints.
    writer.writerows(
        [*map(repr, row), repr(value)]
        for row, value in zip(raw.tolist(), target.tolist(), strict=True)
    )
    write_text_atomic(path, buffer.getvalue())
