"""How long the responder's part of a check takes in the NAT lab (needs root).

The issue's target: 20 TCP ports and the SIP ALG test in at most 5 s. Builds one lab
(tests/lab.py), starts ``python -m wizard responder`` in the WAN namespace, forwards half
of the 20 TCP ports to the PBX, puts Linux's SIP helper on the router, and runs the
wizard's client (``witness.run_witness``) from the PBX namespace ``--runs`` times; prints
the wall time of each run and checks the answers (10 pass, 10 not forwarded, a SIP
helper found). Also times 100 UDP ports as the only witness of test 2.

    sudo python benchmarks/responder_check.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "engine"))
from lab import Lab  # noqa: E402
from test_responder_lab import RESPONDER, _nft, start_responder, tcp_rules  # noqa: E402

CLIENT = """
import asyncio, json, sys, time
from wizard.engine.witness import ResponderSettings, run_witness, tcp_result, udp_silences

args = json.loads(sys.argv[1])
settings = ResponderSettings(args["responder"], tcp_ports=tuple(args["tcp"]),
                             sip_port=args["sip"], sip_tcp=args["sip"] is not None)
started = time.monotonic()
report = asyncio.run(run_witness(settings, args["udp"]))
took = time.monotonic() - started
print(json.dumps({
    "seconds": took,
    "error": report.status.error,
    "tcp": {e.port: str(tcp_result(e, True).outcome) for e in report.tcp},
    "udp": {p: w for p, w in udp_silences(report.udp).items()},
    "sip": report.sip.detected if report.sip else None,
}))
"""


def run(lab: Lab, udp: list[int], tcp: list[int], sip: int | None) -> dict:
    args = {"responder": RESPONDER, "udp": udp, "tcp": tcp, "sip": sip}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = lab.exec_pbx(
        [sys.executable, "-c", CLIENT, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not Lab.available():
        print("needs root, ip, nft, turnserver and stund", file=sys.stderr)
        return 2
    tcp = list(range(6000, 6020))
    forwarded = tuple(tcp[:10])
    wrong = 0
    with Lab() as lab:
        start_responder(lab)
        lab.router("masquerade", ports=(9000, 9099))
        _nft(lab.rtr, tcp_rules(forward=forwarded, sip_helper=True))
        times = []
        for _ in range(args.runs):
            found = run(lab, [], tcp, 5060)
            times.append(found["seconds"])
            expected = {str(p): "pass" if p in forwarded else "not_forwarded" for p in tcp}
            right = found["tcp"] == expected and found["sip"] is True and not found["error"]
            wrong += not right
            print(f"20 TCP + SIP ALG: {found['seconds']:.2f} s {'right' if right else 'WRONG'}")
        print(
            f"20 TCP + SIP ALG: median {statistics.median(times):.2f} s, "
            f"max {max(times):.2f} s over {len(times)} runs (target 5 s)"
        )
        lab.router("forward", ports=(9000, 9099))
        udp_times = []
        for _ in range(args.runs):
            found = run(lab, list(range(9000, 9100)), [], None)
            udp_times.append(found["seconds"])
            right = set(found["udp"].values()) == {True}
            wrong += not right
            print(
                f"100 UDP, responder alone: {found['seconds']:.2f} s "
                f"{'right' if right else 'WRONG'}"
            )
        lab.router("masquerade", ports=(9000, 9099))
        for _ in range(args.runs):
            found = run(lab, list(range(9000, 9100)), [], None)
            udp_times.append(found["seconds"])
            right = set(found["udp"].values()) == {False}
            wrong += not right
            print(
                f"100 UDP not forwarded: {found['seconds']:.2f} s {'right' if right else 'WRONG'}"
            )
    print(f"wrong answers: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
