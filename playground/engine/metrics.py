"""Measures people care about, which have no useful gradient: accuracy, R², RMSE."""

from __future__ import annotations

import numpy as np

TASKS = ("binary", "multiclass", "regression")


def metric_name(task: str) -> str:
    return "R²" if task == "regression" else "Accuracy"


def predicted_classes(output: np.ndarray) -> np.ndarray:
    """One output: class 1 where it is ≥ 0.5; several outputs: the largest one."""
    if output.shape[1] == 1:
        return (output[:, 0] >= 0.5).astype(np.int64)
    return np.argmax(output, axis=1)


def accuracy(output: np.ndarray, y: np.ndarray) -> float:
    """Fraction of rows whose predicted class is the true one (y: 0/1 column or one-hot)."""
    if len(y) == 0:
        return float("nan")
    truth = predicted_classes(y)
    return float(np.mean(predicted_classes(output) == truth))


def r_squared(output: np.ndarray, y: np.ndarray) -> float:
    """1 − SS_res/SS_tot over all outputs; 1 is perfect, 0 is no better than the mean."""
    if len(y) == 0:
        return float("nan")
    residual = float(np.sum((y - output) ** 2))
    total = float(np.sum((y - y.mean(axis=0)) ** 2))
    if total == 0.0:
        return 1.0 if residual == 0.0 else 0.0
    return 1.0 - residual / total


def rmse(output: np.ndarray, y: np.ndarray) -> float:
    if len(y) == 0:
        return float("nan")
    return float(np.sqrt(np.mean((y - output) ** 2)))


def metric(task: str, output: np.ndarray, y: np.ndarray) -> float:
    """The task's headline metric: accuracy for classification, R² for regression."""
    return r_squared(output, y) if task == "regression" else accuracy(output, y)
