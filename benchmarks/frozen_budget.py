"""Size and start-up of the packaged program, against its budgets.

    python packaging/build.py && python benchmarks/frozen_budget.py [--runs 5]

Start-up is measured with --smoke: the process starts, shows the first page (offscreen),
logs it and exits. Cold starts are measured after dropping the page cache when this runs
as root on Linux (otherwise only warm starts are reported). Budgets: one-file size
<= 55 MB (Linux), one-file start <= 1.5 s, one-folder start <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
ONEFILE = ROOT / "dist" / f"PBXFirewallWizard{EXE}"
FOLDER = ROOT / "dist" / "PBXFirewallWizard-folder" / f"PBXFirewallWizard{EXE}"
BUDGETS = {"size_mb": 55.0, "onefile_s": 1.5, "folder_s": 0.5}


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_time(program: Path, cold: bool) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=home,
                   XDG_CONFIG_HOME=home, HOME=home, APPDATA=home)  # fmt: skip
        if cold and not drop_caches():
            raise RuntimeError("cannot drop the page cache")
        started = time.perf_counter()
        subprocess.run([str(program), "--smoke"], env=env, check=True, timeout=60)
        elapsed = time.perf_counter() - started
        log = next(Path(home).rglob("wizard.log")).read_text()
        if "smoke: ok" not in log:
            raise RuntimeError(f"{program} did not show its first page:\n{log}")
        return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not ONEFILE.exists() or not FOLDER.exists():
        print("build first: python packaging/build.py", file=sys.stderr)
        return 2
    size = ONEFILE.stat().st_size / 1e6
    ok = size <= BUDGETS["size_mb"]
    print(f"one-file size {size:.1f} MB (budget {BUDGETS['size_mb']:g} MB)")
    can_drop = drop_caches()
    for label, program, budget in (
        ("one-file", ONEFILE, BUDGETS["onefile_s"]),
        ("one-folder", FOLDER, BUDGETS["folder_s"]),
    ):
        start_time(program, cold=False)  # first run unpacks and warms up
        warm = [start_time(program, cold=False) for _ in range(args.runs)]
        line = f"{label} start to first page: warm median {statistics.median(warm):.2f} s"
        worst = statistics.median(warm)
        if can_drop:
            cold = [start_time(program, cold=True) for _ in range(args.runs)]
            line += f", cold median {statistics.median(cold):.2f} s"
            worst = statistics.median(cold)
        passed = worst <= budget
        ok &= passed
        print(f"{line} (budget {budget:g} s) {'OK' if passed else 'OVER'}")
    if not can_drop:
        print("(cold starts not measured: dropping the page cache needs root on Linux)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
