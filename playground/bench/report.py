"""The benchmark's table and the machine it ran on."""

from __future__ import annotations

import os
import platform
from typing import Any

import numpy as np

# Targets from the issue, on a 2-core machine.
ENGINE_VS_LOOP = 1.0  # at least as fast as the hand-written loop (aim: 1.5×)
MAPS_MS = 10.0
APP_SHARE = 0.6
GUI_UPDATES = 30.0
GUI_STALL_MS = 50.0
STARTUP_S = 2.0
SURFACE_MS = 500.0


def peak_rss_mib() -> float | None:
    """The process's peak resident memory so far (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if platform.system() == "Darwin" else peak / 2**10


def machine() -> dict[str, Any]:
    """What the figures were taken on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [line.split(":", 1)[1] for line in info if line.startswith("model name")]
        cpu = names[0].strip() if names else cpu
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
    }


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _engine(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "1. Engine throughput, epochs/s (best of interleaved rounds; same losses as the loop)",
        f"   {'work':<11}{'engine':>9}{'numpy loop':>12}{'pytorch':>9}{'numba':>9}"
        f"{'vs loop':>9}{'vs torch':>10}{'ms/epoch':>10}",
    ]
    for row in rows:
        rates = row["epochs_per_s"]
        others = "".join(
            f"{rates[name]:9.1f}" if name in rates else f"{'-':>9}"
            for name in ("pytorch", "numba")
        )
        vs_torch = f"{row['vs_pytorch']:9.2f}×" if row["vs_pytorch"] else f"{'-':>10}"
        lines.append(
            f"   {row['work']:<11}{rates['engine']:9.1f}{rates['numpy loop']:12.1f}{others}"
            f"{row['vs_numpy_loop']:8.2f}×{vs_torch}{row['ms_per_epoch']['engine']:10.2f}"
            f"  {_mark(row['vs_numpy_loop'] >= ENGINE_VS_LOOP)}"
        )
    return lines


def _maps(row: dict[str, Any]) -> list[str]:
    return [
        f"2. Decision maps, {row['network']} at {row['resolution']}×{row['resolution']} "
        f"(output + {row['neurons']} neurons): decision_maps {row['decision_maps_ms']:.1f} ms "
        f"{_mark(row['decision_maps_ms'] <= MAPS_MS)}; float64 forward "
        f"{row['forward_float64_ms']:.1f} ms; float32 layer_outputs "
        f"{row['layer_outputs_float32_ms']:.1f} ms",
    ]


def _app(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "3. App attached (offscreen, max speed). share: the median of interleaved rounds "
        "(app, headless, app, …), their range;",
        "   whole run: the run the updates and stalls are read from, against the better "
        "headless run around it",
        f"   {'points':>8}{'panel':>12}{'load s':>8}{'epochs/s':>10}{'headless':>10}"
        f"{'share':>8}{'rounds':>11}{'whole run':>10}{'updates/s':>11}{'paints/s':>10}"
        f"{'stall ms':>10}{'behind s':>10}",
    ]
    for row in rows:
        if "error" in row:
            lines.append(f"   {row['points']:>8,}  {row['error']}  MISSED")
            continue
        met = {
            "share": row["vs_headless"] >= APP_SHARE,
            "updates": row["gui_updates_per_s"] >= GUI_UPDATES,
            "stall": row["longest_gui_stall_ms"] <= GUI_STALL_MS,
        }
        ok = all(met[check] for check in row.get("checks", met))
        shares = row.get("round_shares") or []
        spread = f"{min(shares):.0%}–{max(shares):.0%}" if shares else "-"
        lines.append(
            f"   {row['points']:>8,}{row.get('panel') or '-':>12}{row['load_s']:8.2f}"
            f"{row['app_epochs_per_s']:10.1f}"
            f"{row['headless_epochs_per_s']:10.1f}{row['vs_headless']:7.0%} "
            f"{spread:>11}{row['whole_run_vs_headless']:9.0%} "
            f"{row['gui_updates_per_s']:10.1f}{row['data_view_paints_per_s']:10.1f}"
            f"{row['longest_gui_stall_ms']:10.0f}{row['views_behind_s']:10.2f}  {_mark(ok)}"
        )
    return lines


def _scaling(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "4. Scaling, 2-8-8-1, batch 10, SGD",
        f"   {'points':>8}{'epochs/s':>10}{'µs/point':>10}{'peak MiB':>10}",
    ]
    for row in rows:
        lines.append(
            f"   {row['points']:>8,}{row['epochs_per_s']:10.2f}{row['us_per_point']:10.2f}"
            f"{row['peak_mib']:10.1f}"
        )
    return lines


def _startup(row: dict[str, Any]) -> list[str]:
    return [
        f"5. Start-up to the main window painted: best of {row['launches']} launches "
        f"{row['best_s']:.2f} s  {_mark(row['best_s'] <= STARTUP_S)}  (the first, compiling "
        f"every module: {row['first_s']:.2f} s)",
    ]


def _surface(row: dict[str, Any]) -> list[str]:
    size = f"{row['resolution']}×{row['resolution']}"
    return [
        f"6. Loss surface, {row['network']} at {size} on {row['points']} points: random "
        f"directions {row['random_ms']:.0f} ms {_mark(row['random_ms'] <= SURFACE_MS)}; chosen "
        f"parameters {row['chosen_ms']:.0f} ms; one evaluation per grid point "
        f"{row['per_point_ms']:.0f} ms ({row['vs_per_point']:.1f}× slower); "
        f"{row['optimizers']} optimizer paths of {row['path_steps']} steps "
        f"{row['paths_ms']:.0f} ms",
    ]


def table(results: dict[str, Any]) -> str:
    """The results as the text the command prints."""
    info = results["machine"]
    lines = [
        f"playground benchmark{' (quick)' if results['quick'] else ''}: {info['cpu']}, "
        f"{info['cores']} cores, {info['system']}, Python {info['python']}, "
        f"NumPy {info['numpy']}, OPENBLAS_NUM_THREADS={info['blas_threads']}",
    ]
    sections = (
        ("engine", _engine), ("maps", _maps), ("app", _app), ("scaling", _scaling),
        ("startup", _startup), ("surface", _surface),
    )
    for key, render in sections:
        if key in results:
            lines += ["", *render(results[key])]
    return "\n".join(lines)
