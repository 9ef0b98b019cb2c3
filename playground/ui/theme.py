"""The app's look: the system's, a light or a dark one (View → Theme), applied at once and
remembered. Views take their colours from the palette roles (Base behind plots and the canvas,
Text for their text) and `ink` for the few coloured words, so no view assumes a light
background; a theme change restyles every plot in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory

from .plotstyle import restyle_plots

THEMES = ("system", "light", "dark")
SETTINGS_KEY = "view/theme"
DEFAULT_THEME = "system"
INKS = {  # words in colour: on a light base, and lighter ones that read on a dark base
    "error": ("#b3261e", "#ff8a80"),
    "good": ("#1b7a2f", "#81c995"),
    "warning": ("#b35900", "#ffb74d"),
}
MID_GREY = "#808080"  # secondary text that reads on a light and on a dark base alike
ROLE = QPalette.ColorRole
DARK_COLOURS = {
    ROLE.Window: "#353535", ROLE.WindowText: "#eeeeee", ROLE.Base: "#262626",
    ROLE.AlternateBase: "#303030", ROLE.ToolTipBase: "#424242", ROLE.ToolTipText: "#eeeeee",
    ROLE.PlaceholderText: "#9e9e9e", ROLE.Text: "#eeeeee", ROLE.Button: "#3c3c3c",
    ROLE.ButtonText: "#eeeeee", ROLE.BrightText: "#ff5252", ROLE.Light: "#505050",
    ROLE.Midlight: "#454545", ROLE.Mid: "#2c2c2c", ROLE.Dark: "#1e1e1e", ROLE.Shadow: "#111111",
    ROLE.Highlight: "#3d8ee0", ROLE.HighlightedText: "#ffffff", ROLE.Link: "#6cb4ff",
    ROLE.LinkVisited: "#b39ddb",
}
DARK_DISABLED = {ROLE.WindowText: "#7f7f7f", ROLE.Text: "#7f7f7f", ROLE.ButtonText: "#7f7f7f",
                 ROLE.Base: "#2e2e2e", ROLE.Highlight: "#505050"}

_system: tuple[str, QPalette] | None = None  # the style and palette the app started with
_applied = DEFAULT_THEME


def theme_label(name: str) -> str:
    """The menu's word for theme `name`."""
    labels = {
        "system": QCoreApplication.translate("Theme", "&System"),
        "light": QCoreApplication.translate("Theme", "&Light"),
        "dark": QCoreApplication.translate("Theme", "&Dark"),
    }
    return labels[name]


def dark_palette() -> QPalette:
    """Fusion's roles in dark greys with light text."""
    palette = QPalette()
    for role, colour in DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether `palette` draws light text on a dark base."""
    return palette.color(ROLE.Base).lightness() < 128


def ink(palette: QPalette, kind: str) -> str:
    """The colour (as "#rrggbb") of an "error", "good" or "warning" word on `palette`'s base."""
    light, dark = INKS[kind]
    return dark if is_dark(palette) else light


def current_theme() -> str:
    """The theme last applied: one of THEMES."""
    return _applied


def apply_theme(name: str) -> None:
    """Give the whole app the theme `name` (one of THEMES) now, plots included."""
    global _system, _applied
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; known: {', '.join(THEMES)}")
    app = QApplication.instance()
    if name == _applied:
        return
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    if name == "system":
        style, palette = _system
        app.setStyle(style)
    elif name == "dark":
        app.setStyle("Fusion")
        palette = dark_palette()
    else:
        app.setStyle("Fusion")
        palette = QStyleFactory.create("Fusion").standardPalette()
    app.setPalette(palette)
    _applied = name
    QApplication.sendPostedEvents()  # the widgets take the new palette: the plots read theirs
    for widget in app.topLevelWidgets():
        restyle_plots(widget)


def saved_theme(settings: QSettings) -> str:
    """The theme `settings` remember, or the default for none (or an unknown one)."""
    name = settings.value(SETTINGS_KEY, DEFAULT_THEME)
    return name if name in THEMES else DEFAULT_THEME


def theme_menu(menu: QMenu, settings: QSettings, parent: QObject) -> QActionGroup:
    """Fill `menu` with one checkable action per theme; choosing one applies and remembers it."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    for name in THEMES:
        action = QAction(theme_label(name), parent, checkable=True)
        action.setData(name)
        action.setChecked(name == current_theme())
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        apply_theme(action.data())
        settings.setValue(SETTINGS_KEY, action.data())

    group.triggered.connect(chosen)
    return group
