"""The benchmark: `python -m playground.bench` measures the engine against a hand-written NumPy
loop (and PyTorch, when installed), the decision maps, the app with its views attached,
scaling with the number of points, and start-up."""
