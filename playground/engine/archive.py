"""A bounded history of a run's weights: every epoch of the recent past, thinner further back.

The weights of an epoch are kept as one flat array laid out like `Network.packed()`. Epochs
younger than `recent` are all kept; an epoch older than that is kept while its number is a
multiple of a stride that doubles each time its age doubles: of the epochs aged `recent` to
2·`recent` every 2nd, then every 4th up to 4·`recent`, and so on. So n epochs of training keep
about recent·(1 + log2(n / recent) / 2) of them.

The bytes the weights take never pass `bound_bytes` (ARCHIVE_BYTES by default, 64 MiB: the
app's biggest network, MAX_PARAMETERS = 10⁶ float64 parameters, keeps 8 epochs; a network of a
few hundred parameters keeps tens of thousands). When they would, the recent window halves
(an archive that small cannot keep 500 whole epochs anyway), and as a last resort the oldest
epoch goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

ARCHIVE_BYTES = 64 * 2**20
RECENT_EPOCHS = 500  # every epoch this young is kept, where the bound allows it
_CHECKED_WINDOW = 64  # new epochs arriving in a larger jump are thinned by one sweep


class WeightArchive:
    """Epoch number → the flat weights after that epoch, under a bound on their bytes."""

    def __init__(self, bound_bytes: int = ARCHIVE_BYTES, recent: int = RECENT_EPOCHS) -> None:
        if bound_bytes <= 0 or recent < 1:
            raise ValueError("the archive needs a positive bound and a recent window of 1 or more")
        self.bound_bytes = bound_bytes
        self._most_recent = recent
        self.recent = recent
        self._weights: dict[int, np.ndarray] = {}  # ascending epochs (insertion order)
        self.nbytes = 0

    @classmethod
    def of(cls, pairs: Iterable[tuple[int, np.ndarray]],
           bound_bytes: int = ARCHIVE_BYTES) -> WeightArchive:
        """An archive of just these (epoch, flat weights), in ascending epochs (a file's)."""
        archive = cls(bound_bytes)
        for epoch, flat in pairs:
            kept = np.array(flat, dtype=np.float64, copy=True)
            kept.flags.writeable = False
            archive._weights[epoch] = kept
            archive.nbytes += kept.nbytes
        archive._keep_within_bound()
        return archive

    def __len__(self) -> int:
        return len(self._weights)

    def __contains__(self, epoch: object) -> bool:
        return epoch in self._weights

    def __iter__(self) -> Iterator[tuple[int, np.ndarray]]:
        return iter(self._weights.items())

    @property
    def epochs(self) -> list[int]:
        """The kept epochs, in ascending order."""
        return list(self._weights)

    @property
    def last_epoch(self) -> int | None:
        return next(reversed(self._weights), None)

    def weights(self, epoch: int) -> np.ndarray:
        """A read-only view of the flat weights after `epoch` (KeyError if not kept)."""
        return self._weights[epoch]

    def path(self, last_epoch: int, size: int, limit: int) -> list[np.ndarray]:
        """The kept weights of `size` parameters up to `last_epoch`, oldest first, at most
        `limit` of them, evenly spread over the kept epochs (the first and the last kept)."""
        epochs = [epoch for epoch, flat in self._weights.items()
                  if epoch <= last_epoch and flat.size == size]
        if len(epochs) > limit:
            chosen = np.unique(np.linspace(0, len(epochs) - 1, limit).round().astype(int))
            epochs = [epochs[index] for index in chosen]
        return [self._weights[epoch] for epoch in epochs]

    def nearest(self, epoch: int) -> int | None:
        """The kept epoch closest to `epoch` (the earlier one on a tie); None when empty."""
        if not self._weights:
            return None
        kept = np.fromiter(self._weights, dtype=np.int64, count=len(self._weights))
        return int(kept[np.argmin(np.abs(kept - epoch))])

    def add(self, epoch: int, flat: np.ndarray, copy: bool = True) -> None:
        """Keep a copy of the weights after `epoch` (without `copy`, the array itself, which
        nobody else may change). An epoch not after the last kept one starts a new future
        from there: it and every later epoch are replaced."""
        last = self.last_epoch
        if last is not None and epoch <= last:
            self.truncate(epoch - 1)
            last = self.last_epoch
        if self._weights and flat.size != next(iter(self._weights.values())).size:
            self.clear()  # another network: the old weights would not fit it
            last = None
        kept = np.array(flat, dtype=np.float64, copy=copy)
        kept.flags.writeable = False
        self._weights[epoch] = kept
        self.nbytes += kept.nbytes
        if last is not None:
            self._thin(last, epoch)
        self._keep_within_bound()

    def extend(self, pairs: Iterable[tuple[int, np.ndarray]], copy: bool = True) -> None:
        """`add` each (epoch, flat weights) in turn."""
        for epoch, flat in pairs:
            self.add(epoch, flat, copy)

    def truncate(self, last_epoch: int) -> None:
        """Drop every epoch after `last_epoch`; the recent window is whole again."""
        for epoch in [e for e in self._weights if e > last_epoch]:
            self.nbytes -= self._weights.pop(epoch).nbytes
        self.recent = self._most_recent

    def clear(self) -> None:
        self.truncate(-1)

    def copy(self, last_epoch: int | None = None) -> WeightArchive:
        """An independent archive of the same epochs (up to `last_epoch`); the arrays, which
        are never changed, are shared."""
        copied = WeightArchive(self.bound_bytes, self._most_recent)
        for epoch, flat in self._weights.items():
            if last_epoch is None or epoch <= last_epoch:
                copied._weights[epoch] = flat
                copied.nbytes += flat.nbytes
        copied.recent = self.recent
        return copied

    def within(self, bound_bytes: int) -> WeightArchive:
        """A copy thinned to at most `bound_bytes`, as the bound thins (a file's share)."""
        copied = self.copy()
        copied.bound_bytes = min(bound_bytes, self.bound_bytes)
        copied._keep_within_bound()
        return copied

    def stride(self, age: int) -> int:
        """Of the epochs `age` epochs old, every how many-th is kept."""
        if age < self.recent:
            return 1
        return 2 ** (int(age // self.recent).bit_length())

    def _keeps(self, epoch: int, latest: int) -> bool:
        return epoch % self.stride(latest - epoch) == 0

    def _thin(self, previous: int, latest: int) -> None:
        """Drop the epochs whose age crossed into a sparser stride as the latest epoch went
        from `previous` to `latest`: only those at the level boundaries, so an epoch costs a
        few dictionary look-ups however long the run."""
        if latest - previous > _CHECKED_WINDOW:
            self._sweep()
            return
        if latest == previous + 1:  # the usual case: one epoch at each boundary, aged into
            boundary = self.recent  # its level's stride, twice the one before
            while boundary <= latest:
                epoch = latest - boundary
                if epoch % (2 * (boundary // self.recent)) and epoch in self._weights:
                    self.nbytes -= self._weights.pop(epoch).nbytes
                boundary *= 2
            return
        boundary = self.recent
        while boundary <= latest:
            for epoch in range(previous - boundary + 1, latest - boundary + 1):
                if epoch in self._weights and not self._keeps(epoch, latest):
                    self.nbytes -= self._weights.pop(epoch).nbytes
            boundary *= 2

    def _sweep(self) -> None:
        """Apply the thinning rule to every kept epoch."""
        latest = self.last_epoch
        for epoch in [e for e in self._weights if not self._keeps(e, latest)]:
            self.nbytes -= self._weights.pop(epoch).nbytes

    def _keep_within_bound(self) -> None:
        while self.nbytes > self.bound_bytes and self.recent > 1:
            self.recent //= 2
            self._sweep()
        while self.nbytes > self.bound_bytes and len(self._weights) > 1:
            self.nbytes -= self._weights.pop(next(iter(self._weights))).nbytes
