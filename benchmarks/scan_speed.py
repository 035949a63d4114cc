"""How fast, and in how much memory, `check` scans 3CX's 2000 media ports.

Runs in the NAT lab (needs root): the PBX namespace checks 9000-10999 with --rate 2000
against the lab's own coturn, once with every port forwarded one-to-one and once with
none forwarded (an ordinary masquerading router). Reports wall time of the whole command
and its peak resident memory. Targets: all forwarded <= 6 s, none forwarded <= 10 s,
peak memory <= 150 MB.

Then the same all-forwarded scan on a bad path: 10 % loss each way (target: verdict
success, no port wrong, at most twice the clean all-forwarded median), and a path that
passes only 200 packets/s towards the server (target: verdict success, no port wrong, at
most 1.5 x (2 requests per port / 200 per second) + 10 s).

    sudo python benchmarks/scan_speed.py [--runs 3] [--only forward,masquerade,loss,throttle]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lab import Lab  # noqa: E402

TARGETS = {"forward": 6.0, "masquerade": 10.0}
MEMORY_TARGET_MB = 150.0
PORTS = 2000
LOSS = 10  # percent, each way
THROTTLE = 200  # packets a second towards the server
REQUESTS_PER_PORT = 2  # test 1 and test 2


def one_run(
    lab: Lab, scenario: str, rate: int, impair: dict[str, Any] | None = None
) -> tuple[float, float, dict]:
    lab.router(scenario, ports=(9000, 10999))
    lab.impair(**(impair or {}))
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
    # A fresh state folder too: the check remembers which ports talked to whom, and a
    # run that finds the last run's contacts is a re-run, not this measurement.
    with tempfile.TemporaryDirectory(prefix="scan-speed-") as state:
        done = lab.exec_pbx(
            [sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=900,
            env={**os.environ, "XDG_STATE_HOME": state},
        )  # fmt: skip
    measured = json.loads(done.stdout)
    if measured["rc"] not in (0, 1):
        raise SystemExit(f"check failed: {measured['err']}")
    return measured["wall"], measured["rss"], json.loads(measured["out"])


def wrong_ports(document: dict) -> Counter[str]:
    """Outcomes of the ports that did not pass (every port is forwarded in the bad-path
    cases), by outcome."""
    return Counter(p["outcome"] for p in document["ports"] if p["outcome"] != "pass")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument(
        "--only", action="append", default=[], metavar="CASE[,CASE]",
        help="forward, masquerade, loss, throttle (loss also runs forward: its target)",
    )  # fmt: skip
    args = parser.parse_args()
    cases = {"forward", "masquerade", "loss", "throttle"}
    only = {name for arg in args.only for name in arg.split(",") if name} or cases
    if only - cases:
        parser.error(f"unknown case {', '.join(sorted(only - cases))}")
    if "loss" in only:
        only.add("forward")
    if not Lab.available():
        print("needs root with ip, nft, turnserver and stund", file=sys.stderr)
        return 2
    failed = False
    medians: dict[str, float] = {}
    with Lab() as lab:
        lab.start_coturn()
        for scenario, label in (("forward", "all forwarded"), ("masquerade", "none forwarded")):
            if scenario not in only:
                continue
            walls, peaks = [], []
            for _ in range(args.runs):
                wall, rss, document = one_run(lab, scenario, args.rate)
                walls.append(wall)
                peaks.append(rss)
                verdict = document["verdict"]
                ports = len(document["ports"])
            medians[scenario] = statistics.median(walls)
            target = TARGETS[scenario]
            ok = max(walls) <= target and max(peaks) <= MEMORY_TARGET_MB
            failed |= not ok
            print(
                f"{label:15} {ports} ports, verdict {verdict}: "
                f"wall median {statistics.median(walls):.2f} s, max {max(walls):.2f} s "
                f"(target {target:g} s); peak RSS max {max(peaks):.1f} MB "
                f"(target {MEMORY_TARGET_MB:g} MB) {'OK' if ok else 'OVER'}"
            )

        bad_paths = []
        if "loss" in only:
            bad_paths.append((
                f"{LOSS} % loss each way", {"loss": LOSS}, 2 * medians["forward"],
                "2 x clean all-forwarded median",
            ))  # fmt: skip
        if "throttle" in only:
            needed = REQUESTS_PER_PORT * PORTS
            bad_paths.append((
                f"path {THROTTLE}/s", {"path_rate": THROTTLE}, 1.5 * needed / THROTTLE + 10,
                f"1.5 x {needed} requests / {THROTTLE}/s + 10 s",
            ))  # fmt: skip
        for label, impair, target, how in bad_paths:
            walls, peaks, wrong, verdicts = [], [], [], []
            for _ in range(args.runs):
                wall, rss, document = one_run(lab, "forward", args.rate, impair)
                walls.append(wall)
                peaks.append(rss)
                wrong.append(wrong_ports(document))
                verdicts.append(document["verdict"])
            lab.clear_impairments()
            worst = max(wrong, key=lambda c: c.total())
            right = all(v == "success" for v in verdicts) and worst.total() == 0
            ok = right and max(walls) <= target and max(peaks) <= MEMORY_TARGET_MB
            failed |= not ok
            status = "OK" if ok else "OVER" if right else "WRONG"
            seen = ", ".join(sorted(set(verdicts)))
            wrong_text = "".join(f", {n} {outcome}" for outcome, n in worst.most_common())
            print(
                f"{label:18} {PORTS} ports forwarded, verdict {seen} (target success), "
                f"ports wrong max {worst.total()}{wrong_text} (target 0): "
                f"wall median {statistics.median(walls):.2f} s, max {max(walls):.2f} s "
                f"(target {target:.1f} s = {how}); peak RSS max {max(peaks):.1f} MB {status}"
            )
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
