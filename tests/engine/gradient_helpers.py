"""Helpers shared by the registry-wide gradient tests: case names, central differences, errors."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def case_id(case: tuple[str, dict]) -> str:
    """A parametrized case's id: the entry's name, then each setting, "huber-delta=0.5"."""
    name, params = case
    return name + "".join(f"-{key}={value}" for key, value in sorted(params.items()))


def central_difference(
    f: Callable[[np.ndarray], np.ndarray | float], x: np.ndarray, step: float
) -> np.ndarray:
    """∂(Σ f(x))/∂x by central differences, one entry of x at a time."""
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[index] += step
        down[index] -= step
        grad[index] = np.sum(f(up) - f(down)) / (2 * step)
    return grad


def relative_error(got: np.ndarray, want: np.ndarray) -> float:
    scale = np.linalg.norm(got) + np.linalg.norm(want)
    return float(np.linalg.norm(got - want) / max(scale, 1e-300))
