"""The network editor canvas: draw a network spec, edit it through the session, colour it live."""

from .widget import NetworkCanvas

__all__ = ["NetworkCanvas"]
