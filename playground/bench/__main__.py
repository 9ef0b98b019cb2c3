"""`python -m playground.bench [--quick] [--out FILE.json] [--skip SECTION …]`: measure the
engine and the app in one run, print a table and write every figure to a JSON file."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import app_speed, engine_speed, maps, scaling, startup, surface
from .report import machine, peak_rss_mib, table

SECTIONS: dict[str, Callable[[bool], Any]] = {
    "engine": engine_speed.run,
    "maps": maps.run,
    "surface": surface.run,
    "scaling": scaling.run,
    "app": app_speed.run,
    "startup": startup.run,
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m playground.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes and short runs: proves the benchmark works, in seconds")
    parser.add_argument("--out", default="bench-results.json", metavar="FILE.json",
                        help="where to write the figures (default: %(default)s)")
    parser.add_argument("--skip", nargs="*", default=[], choices=sorted(SECTIONS),
                        metavar="SECTION", help=f"sections to leave out: {', '.join(SECTIONS)}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    results: dict[str, Any] = {
        "quick": args.quick,
        "machine": machine(),
        "taken": time.strftime("%Y-%m-%d %H:%M"),
        "command": "python -m playground.bench" + (" --quick" if args.quick else ""),
    }
    for name, run in SECTIONS.items():
        if name in args.skip:
            continue
        print(f"measuring {name} …", file=sys.stderr, flush=True)
        results[name] = run(args.quick)
    results["peak_rss_mib"] = peak_rss_mib()
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\nfigures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
