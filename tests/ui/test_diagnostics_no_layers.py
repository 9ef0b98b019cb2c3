"""A history without layer series (an exported model opened, a version-1 file) after one with
them: found by the random-action test, the Gradients tab raised ValueError in its showEvent,
which crashed the app."""

import numpy as np

from playground.engine.history import History
from playground.ui.diagnostics_view import LayerSeriesPlot, legend_html


def test_a_history_without_layer_series_after_one_with_them(qtbot):
    plot = LayerSeriesPlot("grad_mean_abs", "mean |∂L/∂W|")
    qtbot.addWidget(plot)
    plot.show_history(History.from_columns(epoch=[0, 1], grad_mean_abs=np.ones((2, 3))))
    assert len(plot.curves) == 3 and "output" in plot.legend.text()
    plot.show_history(History())
    assert plot.curves == [] and plot.legend.text() == ""
    assert legend_html([]) == ""
