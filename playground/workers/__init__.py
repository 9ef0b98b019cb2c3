"""Qt workers that run the engine off the GUI thread."""
