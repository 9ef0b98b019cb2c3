"""The pure-NumPy training engine. Never imports Qt."""
