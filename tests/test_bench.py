"""The benchmark runs end to end in its quick mode. Figures are not checked: a timed assertion
is not a test; speed lives in the benchmark's own report."""

import json
import subprocess
import sys

from playground.bench.engine_speed import largest_loss_difference
from playground.bench.workloads import REFERENCE_WORK, quick


def test_the_reference_loop_does_the_engines_arithmetic():
    for work in REFERENCE_WORK:
        assert largest_loss_difference(quick(work), epochs=2) < 1e-9, work.key


def test_quick_run_prints_the_table_and_writes_every_section(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "playground.bench", "--quick", "--out", str(out)],
        capture_output=True, text=True, timeout=300, check=True,
    )
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["quick"] is True
    assert [row["work"] for row in results["engine"]] == [w.key for w in REFERENCE_WORK]
    assert all(row["epochs_per_s"]["engine"] > 0 for row in results["engine"])
    assert results["maps"]["decision_maps_ms"] > 0
    assert [row["points"] for row in results["scaling"]] == [250, 2500]
    assert results["app"][0]["gui_updates_per_s"] > 0
    assert results["startup"]["best_s"] > 0
    for heading in ("1. Engine", "2. Decision maps", "3. App", "4. Scaling", "5. Start-up"):
        assert heading in done.stdout
    assert results["surface"]["random_ms"] > 0 and results["surface"]["paths_ms"] > 0
    assert "6. Loss surface" in done.stdout
