"""The welcome page: on the very first start (and from Help) it says in a few lines what the
app is and offers the presets, an empty network or the Getting-started tour."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..presets import GROUPS, Preset, presets_in
from .presets_menu import tr as tr_preset

SHOWN_KEY = "welcome/shown"  # set once the welcome page has been offered
PRESET_ROLE = Qt.ItemDataRole.UserRole


def is_first_start(settings: QSettings) -> bool:
    """Whether these settings have never been offered the welcome page."""
    return not settings.value(SHOWN_KEY, False, type=bool)


def welcome_on_first_start(window) -> bool:
    """Offer `window` (a MainWindow) the welcome page if its settings never were (True), and
    note that they now have been."""
    if not is_first_start(window.settings):
        return False
    window.settings.setValue(SHOWN_KEY, True)
    window.show_welcome()
    return True


class WelcomeDialog(QDialog):
    """What the app is, the presets as a list (title and teaser, under their group's title),
    and buttons to open the chosen one, start with an empty network or take the tour."""

    preset_chosen = Signal(object)  # a Preset
    empty_chosen = Signal()
    tour_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setWindowTitle(self.tr("Welcome to the Neural Network Playground"))
        self.resize(620, 640)
        heading = QLabel(f"<h2>{escape(self.tr('Welcome to the Neural Network Playground'))}</h2>")
        intro = QLabel(self.tr(
            "Build a small neural network on the canvas, pick its activations and its loss, "
            "press Play and watch it learn the points on the right, live. Every weight, "
            "gradient and loss it shows comes from the same chain rule, and the inspector "
            "lets you follow it by hand, one node at a time.<br><br>"
            "Start from a preset: each one sets up a network and its data and says what to "
            "look at and what to try."), wordWrap=True)
        self.presets = QListWidget()
        self.presets.setObjectName("welcomePresets")
        self.presets.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # A light selection keeps the cards' dark text readable.
        self.presets.setStyleSheet(
            "#welcomePresets::item:selected { background: #cfe3f7; }"
            " #welcomePresets::item:hover:!selected { background: #eef5fc; }")
        self._fill_presets()
        self.presets.currentItemChanged.connect(self._selection_changed)
        self.presets.itemActivated.connect(lambda _item: self._open_chosen())
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open this preset"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_chosen)
        self.empty_button = self._button(buttons, self.tr("Start with an empty network"),
                                         self.empty_chosen)
        self.tour_button = self._button(buttons, self.tr("Take the tour"), self.tour_chosen)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.presets, 1)
        layout.addWidget(buttons)

    @classmethod
    def offer(cls, window) -> WelcomeDialog:
        """Show the page over `window` (a MainWindow), wired to its presets, its empty
        session and its tour; it closes itself once a choice is made."""
        page = cls(window)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.preset_chosen.connect(window.open_preset)
        page.empty_chosen.connect(window.files.new_empty_session)
        page.tour_chosen.connect(window.start_tour)
        page.show()
        return page

    def _button(self, box: QDialogButtonBox, text: str, chosen: Signal) -> QPushButton:
        """A button that closes the page, then emits `chosen`."""
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(self.accept)
        button.clicked.connect(chosen.emit)
        return button

    def _fill_presets(self) -> None:
        for key, title in GROUPS:
            header = QListWidgetItem(tr_preset(title))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            header.setFont(font)
            header.setForeground(self.palette().text())
            self.presets.addItem(header)
            for entry in presets_in(key):
                self._add_card(entry)

    def _add_card(self, entry: Preset) -> None:
        """One preset: its title over its teaser, indented under the group's title."""
        card = QLabel(f"<b>{escape(tr_preset(entry.title))}</b><br>"
                      f"<span style='color:#555'>{escape(tr_preset(entry.teaser))}</span>")
        card.setContentsMargins(18, 3, 6, 3)
        card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item = QListWidgetItem()
        item.setData(PRESET_ROLE, entry)
        item.setToolTip(f"<p>{escape(tr_preset(entry.text))}</p>")  # rich text wraps
        item.setSizeHint(card.sizeHint())
        self.presets.addItem(item)
        self.presets.setItemWidget(item, card)

    def preset_items(self) -> list[QListWidgetItem]:
        """The list's preset entries (not the group titles), in order."""
        items = (self.presets.item(row) for row in range(self.presets.count()))
        return [item for item in items if item.data(PRESET_ROLE) is not None]

    def _selection_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.open_button.setEnabled(current is not None and current.data(PRESET_ROLE) is not None)

    def _open_chosen(self) -> None:
        item = self.presets.currentItem()
        chosen = None if item is None else item.data(PRESET_ROLE)
        if chosen is None:
            return
        self.accept()
        self.preset_chosen.emit(chosen)
