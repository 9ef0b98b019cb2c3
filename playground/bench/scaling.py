"""Scaling: epochs per second, cost per point and peak memory as the training set grows."""

from __future__ import annotations

import tracemalloc
from typing import Any

from .timing import epochs_per_second
from .workloads import SMALL, Workload

SIZES = (250, 2_500, 25_000, 250_000)
QUICK_SIZES = (250, 2_500)


def peak_memory_mib(work: Workload) -> float:
    """Peak memory NumPy and Python allocate to make the data, build the trainer, train one
    epoch and take one snapshot's full-set gradients (tracemalloc sees NumPy's buffers)."""
    tracemalloc.start()
    try:
        trainer = work.trainer(work.arrays())
        trainer.step()
        trainer.full_gradients()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def measure(work: Workload, seconds: float) -> dict[str, Any]:
    trainer = work.trainer(work.arrays())
    trainer.step()
    rate = epochs_per_second(trainer.step, seconds)
    return {
        "points": work.n_train,
        "epochs_per_s": rate,
        "us_per_point": 1e6 / (rate * work.n_train),
        "peak_mib": peak_memory_mib(work),
    }


def run(is_quick: bool) -> list[dict[str, Any]]:
    """The 2-8-8-1 reference work (batch 10, SGD) at each size, with as many test points."""
    sizes = QUICK_SIZES if is_quick else SIZES
    seconds = 0.05 if is_quick else 2.0
    return [measure(SMALL.with_points(n), seconds) for n in sizes]
