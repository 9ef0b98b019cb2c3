"""Data as CSV text: reading a file into numbers and column names, and writing one back."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..files import FileRefused, FileTooLarge, read_regular_file, write_text_atomic
from .errors import DataError, refusal_reason, shown, text_error
from .spec import MAX_POINTS
from .texts import QT_TRANSLATE_NOOP, Text

MAX_CSV_BYTES = 50 * 1024 * 1024


def too_many_rows(name: str) -> DataError:
    """The error of a CSV file `name` with more rows than a dataset may have."""
    return text_error(DataError, QT_TRANSLATE_NOOP("Errors", "CSV file {0} has more than {1} rows"),
                      name, f"{MAX_POINTS:,}")


def default_names(n_columns: int) -> tuple[tuple[str, ...], str]:
    """The names of unnamed columns: x1, x2, … for the inputs and y for the target."""
    return tuple(f"x{i}" for i in range(1, n_columns + 1)), "y"


def _is_number(cell: object) -> bool:
    try:
        float(cell)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def parse_numbers(
    rows: Sequence[Sequence[object]], where: Callable[[int, int], str | Text]
) -> np.ndarray:
    """Rows of cells as a float64 array; a bad cell raises DataError naming `where(row, col)`."""
    try:
        array = np.array(rows, dtype=np.float64)
    except (TypeError, ValueError):
        # The fast conversion failed: find the first offending cell to name it.
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                if not _is_number(cell):
                    raise text_error(
                        DataError, QT_TRANSLATE_NOOP("Errors", "{0}: {1} is not a number"),
                        where(i, j), shown(cell)) from None
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "the data holds values that are not numbers")) from None
    bad = np.argwhere(~np.isfinite(array))
    if len(bad):
        i, j = bad[0]
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "{0}: {1} is not a finite number"),
                         where(i, j), shown(rows[i][j]))
    return array


def _check_names(names: Sequence[str], where: Text) -> None:
    """Column names that read back as a header: non-empty, not numbers, each used once."""
    seen: set[str] = set()
    for column, name in enumerate(names, start=1):
        if not name.strip():
            raise text_error(DataError, QT_TRANSLATE_NOOP(
                "Errors", "{0}: column {1} has no name"), where, column)
        if _is_number(name):
            raise text_error(DataError, QT_TRANSLATE_NOOP(
                "Errors", "{0}: column name {1} is a number; names must not be"),
                where, shown(name))
        if name in seen:
            raise text_error(DataError, QT_TRANSLATE_NOOP(
                "Errors", "{0}: column name {1} is used twice"), where, shown(name))
        seen.add(name)


def _read_text(path: str | os.PathLike[str]) -> str:
    """The text of the CSV file at `path`: a regular file of at most MAX_CSV_BYTES, in UTF-8."""
    try:
        raw = read_regular_file(path, MAX_CSV_BYTES)
    except FileTooLarge as error:
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "CSV file {0} is {1} MB; the limit is 50 MB"),
            Path(path).name, f"{error.size / 1024**2:.1f}") from None
    except FileRefused as error:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "cannot read CSV file {0}: {1}"),
                         error.name, refusal_reason(error)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "CSV file {0} is not UTF-8 text"),
                         Path(path).name) from None


def load_csv(
    path: str | os.PathLike[str],
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], str]:
    """Read raw inputs (n, d), targets (n,), input names and target name from a CSV file.

    Comma-separated, the last column is the target. A first row without numbers is the header;
    without one the columns are named x1, x2, … and y. Blank lines are skipped.
    """
    text = _read_text(path)
    file = Path(path)

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
                    raise too_many_rows(file.name)
    except csv.Error as error:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "CSV file {0}, line {1}: {2}"),
                         file.name, reader.line_num, error) from None
    if not rows:
        raise text_error(DataError, QT_TRANSLATE_NOOP("Errors", "CSV file {0} is empty"), file.name)

    first, first_line = rows[0], lines[0]
    if len(first) < 2:
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "line {0} has 1 column; a CSV file needs at least 2 (inputs, then the "
            "target), separated by commas"), first_line)
    numeric = [_is_number(cell) for cell in first]
    names: list[str] | None = None
    if not any(numeric):
        names = [cell.strip() for cell in first]
        _check_names(names, Text("Errors", QT_TRANSLATE_NOOP("Errors", "line {0}"), (first_line,)))
        rows, lines = rows[1:], lines[1:]
    elif not all(numeric):
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "line {0} mixes names and numbers: a header row must name every column, "
            "a data row must hold only numbers"), first_line)
    if not rows:
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "CSV file {0} has a header but no data rows"), file.name)
    if len(rows) > MAX_POINTS:
        raise too_many_rows(file.name)
    for row, line in zip(rows, lines, strict=True):
        if len(row) != len(first):
            raise text_error(DataError, QT_TRANSLATE_NOOP(
                "Errors", "line {0} has {1} columns, but line {2} has {3}"),
                line, len(row), first_line, len(first))

    cell = QT_TRANSLATE_NOOP("Errors", "line {0}, column {1}")
    array = parse_numbers(rows, lambda i, j: Text("Errors", cell, (lines[i], j + 1)))
    raw_names, target_name = (
        (tuple(names[:-1]), names[-1]) if names else default_names(len(first) - 1)
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
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "cannot save inputs of shape {0} with {1} names and targets of shape {2}"),
            raw.shape, len(raw_names), target.shape)
    names = [*raw_names, target_name]
    _check_names(names, Text("Errors", QT_TRANSLATE_NOOP("Errors", "cannot save")))
    if not np.issubdtype(target.dtype, np.integer):
        target = target.astype(np.float64)
    if not (np.isfinite(raw).all() and np.isfinite(target).all()):
        raise text_error(DataError, QT_TRANSLATE_NOOP(
            "Errors", "cannot save data holding NaN or infinite values"))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    # repr gives the shortest text that reads back as the same float; class numbers stay ints.
    writer.writerows(
        [*map(repr, row), repr(value)]
        for row, value in zip(raw.tolist(), target.tolist(), strict=True)
    )
    write_text_atomic(path, buffer.getvalue())
