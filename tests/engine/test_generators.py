"""Generated datasets: determinism, shapes, balance, and what each one looks like."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.generators import DATASETS


def generate(name: str, seed: int = 0, noise: float = 0.1, n: int = 300, k: int = 3):
    return DATASETS[name].generate(n, noise, np.random.default_rng(seed), k)


@pytest.mark.parametrize("name", DATASETS.names())
def test_generator_is_deterministic_per_seed(name):
    raw_a, target_a = generate(name, seed=7)
    raw_b, target_b = generate(name, seed=7)
    raw_c, _ = generate(name, seed=8)
    np.testing.assert_array_equal(raw_a, raw_b)
    np.testing.assert_array_equal(target_a, target_b)
    assert not np.array_equal(raw_a, raw_c)


@pytest.mark.parametrize("name", DATASETS.names())
@pytest.mark.parametrize("noise", [0.0, 0.5, 1.0])
def test_generator_shapes_types_and_range(name, noise):
    raw, target = generate(name, noise=noise, n=301)
    assert raw.shape == (301, 2) and raw.dtype == np.float64
    assert target.shape == (301,)
    assert np.all(np.abs(raw) <= 6.0)
    if DATASETS[name].task == "regression":
        assert target.dtype == np.float64
        assert np.all(np.isfinite(target))
    else:
        assert np.issubdtype(target.dtype, np.integer)


@pytest.mark.parametrize("name", DATASETS.names())
def test_generator_entries_describe_themselves(name):
    generator = DATASETS[name]
    assert generator.name == name
    assert generator.label and generator.description
    assert generator.task in ("binary", "multiclass", "regression")


@pytest.mark.parametrize("name", ["circle", "xor", "gaussians", "spiral"])
def test_binary_generators_are_balanced(name):
    _, target = generate(name, n=1000)
    assert set(np.unique(target)) == {0, 1}
    assert 0.4 < target.mean() < 0.6


@pytest.mark.parametrize("name", ["blobs", "spiral_k"])
@pytest.mark.parametrize("k", [2, 3, 7, 10])
def test_multiclass_generators_use_every_class_equally(name, k):
    _, target = generate(name, n=100 * k, k=k)
    np.testing.assert_array_equal(np.bincount(target), [100] * k)


@pytest.mark.parametrize("name", DATASETS.names())
def test_noise_moves_points_or_targets_but_keeps_the_layout(name):
    raw_clean, target_clean = generate(name, noise=0.0)
    raw_noisy, target_noisy = generate(name, noise=0.4)
    assert not (np.array_equal(raw_clean, raw_noisy) and np.array_equal(target_clean, target_noisy))
    if DATASETS[name].task != "regression":
        # Same seed: the same points of the same classes, only jittered.
        np.testing.assert_array_equal(target_clean, target_noisy)


def test_clean_circle_has_a_gap_between_disc_and_ring():
    raw, target = generate("circle", noise=0.0, n=1000)
    radius = np.hypot(raw[:, 0], raw[:, 1])
    assert radius[target == 1].max() <= 2.5
    assert radius[target == 0].min() >= 3.5


def test_clean_xor_labels_follow_the_quadrants():
    raw, target = generate("xor", noise=0.0, n=1000)
    np.testing.assert_array_equal(target, (raw[:, 0] * raw[:, 1] > 0).astype(int))
    assert np.abs(raw).min() >= 0.3


def test_clean_plane_is_exactly_linear():
    raw, target = generate("plane", noise=0.0)
    np.testing.assert_allclose(target, (raw[:, 0] + raw[:, 1]) / 12)


def test_gaussians_are_linearly_separable_without_noise():
    raw, target = generate("gaussians", noise=0.0, n=1000)
    np.testing.assert_array_equal(target, (raw.sum(axis=1) > 0).astype(int))

