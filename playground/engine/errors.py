"""The one family of errors the engine raises for bad input: each names the problem."""


class PlaygroundError(ValueError):
    """A user-facing problem with an input: the message is shown as it is."""


class SpecError(PlaygroundError):
    """A network, loss or training setting that cannot be built."""


class DataError(PlaygroundError):
    """A dataset, CSV file or inline point list that cannot be used."""


class ModelFileError(PlaygroundError):
    """A model or session file that cannot be read; nothing of it was loaded."""
