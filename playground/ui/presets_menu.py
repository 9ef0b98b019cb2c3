"""The Presets menu, grouped as the presets are, and the lesson banner's text for a preset:
its title, what to look at and what to try, and a link to its partner if it has one."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..presets import GROUPS, Preset, preset, presets_in

PARTNER_LINK = "preset:"  # a lesson-banner link that opens the preset named after it
CLOSE_LINK = "close"


def tr(text: str) -> str:
    """A preset's text (marked in playground/presets.py) in the user's language."""
    return QCoreApplication.translate("Presets", text)


def fill_presets_menu(menu: QMenu, open_preset: Callable[[Preset], None]) -> None:
    """One section per group, one entry per preset: its title, its teaser in the status bar."""
    for key, title in GROUPS:
        menu.addSection(tr(title))
        for entry in presets_in(key):
            action = menu.addAction(tr(entry.title))
            action.setStatusTip(tr(entry.teaser))
            action.triggered.connect(lambda _checked=False, chosen=entry: open_preset(chosen))


# The banner is light in either theme: its links keep a dark blue rather than the palette's.
LINK_COLOUR = "#0b57d0"


def lesson_html(entry: Preset) -> str:
    """The lesson banner's rich text for `entry`: title, text, partner link, Close link."""
    parts = [f"<b>{escape(tr(entry.title))}.</b> {escape(tr(entry.text))}"]
    if entry.compare_with is not None:
        partner = preset(entry.compare_with)
        parts.append(QCoreApplication.translate("Presets", "Compare with:")
                     + f" <a href='{PARTNER_LINK}{partner.name}' style='color:{LINK_COLOUR}'>"
                     f"{escape(tr(partner.title))}</a>.")
    close = QCoreApplication.translate("Presets", "Close")
    parts.append(f"<a href='{CLOSE_LINK}' style='color:{LINK_COLOUR}'>{escape(close)}</a>")
    return " &nbsp;".join(parts)


def linked_preset(link: str) -> Preset | None:
    """The preset a lesson-banner link opens, or None for the Close link."""
    return preset(link.removeprefix(PARTNER_LINK)) if link.startswith(PARTNER_LINK) else None
