"""Special functions: erfc and the normal CDF against known values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from playground.engine.special import erfc, normal_cdf


def test_erfc_matches_the_standard_library():
    t = np.linspace(-6.0, 26.0, 6401)
    want = np.array([math.erfc(x) for x in t])
    got = erfc(t)
    rel = np.abs(got - want) / want
    assert rel.max() < 1e-12
    outside = (t < 0.5) | (t >= 2.0)  # 1 − erf loses a few digits only in between
    assert rel[outside].max() < 2e-15


def test_normal_cdf_known_values():
    want = [0.5, 0.8413447460685429, 0.15865525393145705]
    np.testing.assert_allclose(normal_cdf(np.array([0.0, 1.0, -1.0])), want, rtol=1e-13)
    assert normal_cdf(np.array(-10.0)) == pytest.approx(7.619853024160527e-24, rel=1e-13)
