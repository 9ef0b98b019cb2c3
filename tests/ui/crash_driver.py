"""Run by test_autosave.py in a process of its own: the app, offscreen, trains and autosaves
until it is killed. It prints "autosaved N" once an autosave of at least MIN_EPOCH epochs is on
disk, and goes on training. Usage: python crash_driver.py SETTINGS.ini MIN_EPOCH"""

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from playground.engine.errors import PlaygroundError
from playground.engine.modelfile import load_model
from playground.ui import autosave
from playground.ui.main_window import MainWindow

autosave.QUIET_MS, autosave.LONGEST_WAIT_MS = 100, 250


def main() -> None:
    settings_path, min_epoch = sys.argv[1], int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    window = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat))
    window.show()
    window.app.play()

    def check() -> None:
        try:
            epoch = load_model(window.autosave.path).epoch
        except PlaygroundError:  # none yet
            return
        if epoch >= min_epoch:
            print(f"autosaved {epoch}", flush=True)
            poll.stop()

    poll = QTimer(interval=50)
    poll.timeout.connect(check)
    poll.start()
    app.exec()


if __name__ == "__main__":
    main()
