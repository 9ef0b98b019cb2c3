"""Timing helpers: rates measured side by side, in interleaved rounds, best round kept."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping


def epochs_per_second(epoch: Callable[[], object], seconds: float, min_epochs: int = 2) -> float:
    """Run `epoch` for about `seconds` (and at least `min_epochs` times); epochs per second."""
    count = 0
    start = time.perf_counter()
    while True:
        epoch()
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and count >= min_epochs:
            return count / elapsed


def side_by_side(
    contestants: Mapping[str, Callable[[], object]], seconds: float, rounds: int = 3
) -> dict[str, float]:
    """Epochs per second of each contestant, run in turn for `rounds` rounds of `seconds`
    each (after one warm-up epoch); the best round counts, which discounts moments when
    another process had the CPU."""
    for epoch in contestants.values():
        epoch()
    best = dict.fromkeys(contestants, 0.0)
    for _ in range(rounds):
        for name, epoch in contestants.items():
            best[name] = max(best[name], epochs_per_second(epoch, seconds))
    return best


def best_milliseconds(task: Callable[[], object], repeats: int) -> float:
    """The fastest of `repeats` runs of `task` (after one warm-up run), in milliseconds."""
    task()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        task()
        best = min(best, time.perf_counter() - start)
    return best * 1000.0
