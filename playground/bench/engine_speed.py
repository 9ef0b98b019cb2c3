"""Engine throughput on the reference work, side by side with the hand-written NumPy loop
(and PyTorch on the CPU when it is installed)."""

from __future__ import annotations

from typing import Any

from .jit import jit_loop
from .reference import ReferenceLoop
from .timing import side_by_side
from .torch_reference import torch_loop
from .workloads import REFERENCE_WORK, Workload, quick

ENGINE, NUMPY, TORCH, JIT = "engine", "numpy loop", "pytorch", "numba"


def largest_loss_difference(workload: Workload, epochs: int = 3) -> float:
    """The largest relative difference between the engine's and the loop's losses over the
    first `epochs` epochs: ~1e-15 shows they do the same arithmetic."""
    arrays = workload.arrays()
    trainer, loop = workload.trainer(arrays), ReferenceLoop(workload, arrays)
    worst = 0.0
    for _ in range(epochs):
        result = trainer.step()
        train_loss, test_loss, _, _ = loop.epoch()
        for ours, theirs in ((result.train_loss, train_loss), (result.test_loss, test_loss)):
            worst = max(worst, abs(ours - theirs) / max(abs(theirs), 1e-300))
    return worst


def measure(workload: Workload, seconds: float, rounds: int, others: bool) -> dict[str, Any]:
    """Epochs per second of the engine and the loops on `workload`, and their ratios; with
    `others`, PyTorch's and numba's too where they are installed."""
    arrays = workload.arrays()
    contestants = {
        ENGINE: workload.trainer(arrays).step,
        NUMPY: ReferenceLoop(workload, arrays).epoch,
    }
    for name, make in ((TORCH, torch_loop), (JIT, jit_loop)):
        loop = make(workload, arrays) if others else None
        if loop is not None:
            contestants[name] = loop.epoch
    rates = side_by_side(contestants, seconds, rounds)
    return {
        "work": workload.key,
        "title": workload.title,
        "epochs_per_s": rates,
        "ms_per_epoch": {name: 1000.0 / rate for name, rate in rates.items()},
        "vs_numpy_loop": rates[ENGINE] / rates[NUMPY],
        "vs_pytorch": rates[ENGINE] / rates[TORCH] if TORCH in rates else None,
        "numba_vs_engine": rates[JIT] / rates[ENGINE] if JIT in rates else None,
        "loss_difference": largest_loss_difference(workload),
    }


def run(is_quick: bool) -> list[dict[str, Any]]:
    """Every reference work; quick: tiny versions, and neither PyTorch nor numba."""
    works = [quick(w) for w in REFERENCE_WORK] if is_quick else list(REFERENCE_WORK)
    seconds, rounds = (0.02, 1) if is_quick else (0.6, 3)
    return [measure(work, seconds, rounds, not is_quick) for work in works]
