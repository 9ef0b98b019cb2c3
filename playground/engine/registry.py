"""Name → class registries: one decorator, used by activations, losses, optimizers and datasets.

`Tunable` is the shared base of entries with hyperparameters (activations, losses).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import ClassVar, Generic, TypeVar

from .errors import SpecError, shown, text_error
from .texts import QT_TRANSLATE_NOOP, Text

T = TypeVar("T")
Params = Mapping[str, float]


class Registry(Generic[T]):
    """An ordered mapping of names to entries, filled by `@registry.register`."""

    def __init__(self, what: str, context: str = "") -> None:
        self.what = what  # what an entry is, marked in "Errors" for the unknown-name message
        self.context = context  # where its entries' texts are translated (engine/texts.py)
        self._entries: dict[str, T] = {}

    def register(self, cls: type[T]) -> type[T]:
        """Class decorator: registers one instance of `cls` under `cls.name`."""
        name = cls.name  # type: ignore[attr-defined]
        if name in self._entries:
            raise RuntimeError(f"{self.what} {name!r} is registered twice")
        self._entries[name] = cls()
        return cls

    def __getitem__(self, name: str) -> T:
        try:
            return self._entries[name]
        except KeyError:
            known = ", ".join(self._entries)
            raise text_error(SpecError, QT_TRANSLATE_NOOP("Errors", "unknown {0} {1}; known: {2}"),
                             Text("Errors", self.what), shown(name), known) from None

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def names(self) -> list[str]:
        return list(self._entries)

    def values(self) -> list[T]:
        return list(self._entries.values())

    def items(self) -> list[tuple[str, T]]:
        return list(self._entries.items())

    def label_text(self, name: str) -> Text:
        """The label of entry `name`, translatable in this registry's context."""
        return Text(self.context, self[name].label)  # type: ignore[attr-defined]

    def where(self, test: Callable[[T], bool]) -> list[T]:
        return [e for e in self._entries.values() if test(e)]


class Tunable:
    """An entry with hyperparameters: `defaults` names each one and gives its default value."""

    defaults: ClassVar[dict[str, float]] = {}

    def params(self, given: Params | None = None) -> dict[str, float]:
        """Defaults overlaid with the given values."""
        merged = dict(self.defaults)
        merged.update(given or {})
        return merged
