"""The inspector: one sample's forward pass, loss, backward pass node by node and update, read
from the engine's own trace, with a neuron's computational graph, exercises and a gradient
check."""
