"""How fast, and in how much memory, `check` scans 3CX's 2000 media ports.

Runs in the NAT lab (needs root): the PBX namespace checks 9000-10999 with --rate 2000
against the lab's own coturn, once with every port forwarded one-to-one and once with
none forwarded (an ordinary masquerading router). Reports wall time of the whole command
and its peak resident memory. Targets: all forwarded <= 6 s, none forwarded <= 10 s,
peak memory <= 150 MB.

    sudo python benchmarks/scan_speed.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lab import Lab  # noqa: E402

TARGETS = {"forward": 6.0, "masquerade": 10.0}
MEMORY_TARGET_MB = 150.0


def one_run(lab: Lab, scenario: str, rate: int) -> tuple[float, float, dict]:
    lab.router(scenario, ports=(9000, 10999))
    argv = [
        sys.executable, "-m", "wizard", "check", "--product", "3cx", "--ports", "9000-10999",
        "--stun", f"{Lab.STUN_NAME}:3478", "--rate", str(rate), "--json",
    ]  # fmt: skip
    # A fresh process per run, so ru_maxrss of the children is this run's peak.
    code = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "wall = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'wall': wall, 'rss': rss, 'rc': p.returncode, 'out': p.stdout,"
        " 'err': p.stderr[-2000:]}))\n"
    )
    done = lab.exec_pbx([sys.executable, "-c", code, *argv], capture_output=True, text=True)
    measured = json.loads(done.stdout)
    if measured["rc"] not in (0, 1):
        raise SystemExit(f"check failed: {measured['err']}")
    return measured["wall"], measured["rss"], json.loads(measured["out"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=2000)
    args = parser.parse_args()
    if not Lab.available():
        print("needs root with ip, nft, turnserver and stund", file=sys.stderr)
        return 2
    failed = False
    with Lab() as lab:
        lab.start_coturn()
        for scenario, label in (("forward", "all forwarded"), ("masquerade", "none forwarded")):
            walls, peaks = [], []
            for _ in range(args.runs):
                wall, rss, document = one_run(lab, scenario, args.rate)
                walls.append(wall)
                peaks.append(rss)
                verdict = document["verdict"]
                ports = len(document["ports"])
            target = TARGETS[scenario]
            ok = max(walls) <= target and max(peaks) <= MEMORY_TARGET_MB
            failed |= not ok
            print(
                f"{label:15} {ports} ports, verdict {verdict}: "
                f"wall median {statistics.median(walls):.2f} s, max {max(walls):.2f} s "
                f"(target {target:g} s); peak RSS max {max(peaks):.1f} MB "
                f"(target {MEMORY_TARGET_MB:g} MB) {'OK' if ok else 'OVER'}"
            )
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
