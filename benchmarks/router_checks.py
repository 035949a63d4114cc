"""How long issue 12's tests take in the NAT lab (needs root): asking the router, the
hairpin test and the mapping lifetime test, each ``--runs`` times, with their answers.

- Asking the router (``gateway.ask_router`` from the PBX): the real miniupnpd (behind the
  lab's carrier NAT, where its answer is true), the emulated IGD with a public WAN and a
  listing, and a router that answers nothing.
- The hairpin test (``hairpin.run_hairpin``) with hairpin NAT on and off.
- The mapping lifetime test (``lifetime.run_lifetime``) against a router keeping idle UDP
  mappings 7 s (found between 5 and 10 s; it ends once 15 s expired too) and 25 s, and
  one outliving the default limit of 120 s (``--long``; takes two minutes a run).
- A whole ``check`` from the command line, with and without the router asked.

    sudo python benchmarks/router_checks.py --runs 3 [--long]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from lab import Lab, run_in_netns  # noqa: E402
from upnplab import UpnpLab  # noqa: E402

from wizard.engine.gateway import RouterQuery, ask_router  # noqa: E402
from wizard.engine.hairpin import run_hairpin  # noqa: E402
from wizard.engine.lifetime import run_lifetime  # noqa: E402
from wizard.engine.model import (  # noqa: E402
    Address,
    FirewallInbound,
    HostFirewall,
    Outcome,
    PortResult,
    Protocol,
    Requirement,
)
from wizard.engine.probes import ProbeSettings  # noqa: E402

PORTS = (9000, 9009)
QUERY = RouterQuery(
    source_ip=Lab.PBX_IP,
    destination=Lab.STUN_IP,
    ports=tuple((Protocol.UDP, p) for p in range(PORTS[0], PORTS[1] + 1)),
    avoid=frozenset(range(PORTS[0], PORTS[1] + 1)),
    pbx_ip=Lab.PBX_IP,
)


def timed(lab: Lab, make) -> tuple[float, object]:
    def go():
        started = time.monotonic()
        found = asyncio.run(make())
        return time.monotonic() - started, found

    return run_in_netns(lab.pbx, go)


def report(name: str, runs: list[tuple[float, str]]) -> None:
    times = [t for t, _ in runs]
    answers = sorted({a for _, a in runs})
    print(
        f"{name:58} median {statistics.median(times):6.2f} s  max {max(times):6.2f} s  "
        f"answers {answers}",
        flush=True,
    )


def ask(lab: Lab, runs: int) -> list[tuple[float, str]]:
    found = []
    for _ in range(runs):
        took, info = timed(lab, lambda: ask_router(QUERY))
        found.append((took, f"{info.source}/{info.wan_address}/{len(info.mappings)}"))
    return found


def hairpin(lab: Lab, runs: int) -> list[tuple[float, str]]:
    passed = PortResult(9000, Requirement.FULL_CONE, Outcome.PASS,
                        Address(Lab.PUBLIC_IP, 9000), True, True)  # fmt: skip
    found = []
    for _ in range(runs):
        took, result = timed(
            lab,
            lambda: run_hairpin(
                [passed], sip_port=None, settings=ProbeSettings(timeout=1.0),
                firewall=HostFirewall(FirewallInbound.OPEN), loss_pct=0.0,
                avoid={9000}, source_ip=Lab.PBX_IP,
            ),
        )  # fmt: skip
        found.append((took, f"works={result.works}"))
    return found


def lifetime(lab: Lab, runs: int, limit: float) -> list[tuple[float, str]]:
    found = []
    for _ in range(runs):
        took, result = timed(
            lab,
            lambda: run_lifetime(
                Address(Lab.STUN_IP, 3478), limit=limit, settings=ProbeSettings(timeout=1.0),
                avoid=(), firewall_open=True,
            ),
        )  # fmt: skip
        found.append((took, f"{result.alive_s}-{result.expired_s} {result.problem}"))
    return found


CHECK = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--ports",
         f"{PORTS[0]}-{PORTS[1]}", "--stun", f"{Lab.STUN_NAME}:3478", "--json"]  # fmt: skip


def check(lab: Lab, runs: int, *extra: str) -> list[tuple[float, str]]:
    # A contact log of its own: an earlier benchmark's or test's checks of the same ports
    # would make the first run wait for the router to forget them (up to a minute).
    state = tempfile.mkdtemp(prefix="pfw-bench-")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_STATE_HOME=state)
    found = []
    for _ in range(runs):
        started = time.monotonic()
        done = subprocess.run(["ip", "netns", "exec", lab.pbx, *CHECK, *extra],
                              capture_output=True, text=True, env=env)  # fmt: skip
        took = time.monotonic() - started
        verdict = json.loads(done.stdout)["verdict"] if done.stdout else done.stderr[-200:]
        found.append((took, verdict))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--long", action="store_true", help="also the 120 s default limit")
    args = parser.parse_args()
    runs = args.runs
    with Lab(isp="cgnat") as lab, UpnpLab(lab) as upnp:
        lab.start_coturn()
        lab.router("forward", ports=PORTS)
        upnp.miniupnpd()
        report("ask: real miniupnpd behind carrier NAT", ask(lab, runs))
        upnp.stop()
        report("ask: nothing answers", ask(lab, runs))
    with Lab() as lab, UpnpLab(lab) as upnp:
        lab.start_coturn()
        upnp.fake_igd(wan=Lab.PUBLIC_IP, mappings=["UDP:9000:198.18.0.3:9000:old PBX"])
        report("ask: emulated IGD, public WAN, one forward", ask(lab, runs))
        lab.router("forward", ports=PORTS, hairpin=True)
        report("hairpin: on", hairpin(lab, runs))
        lab.router("forward", ports=PORTS)
        report("hairpin: off", hairpin(lab, runs))
        report("check --no-router --no-hairpin (forwarded)",
               check(lab, runs, "--no-router", "--no-hairpin"))  # fmt: skip
        report("check (router asked, hairpin tested)", check(lab, runs))
        lab.router("masquerade", ports=PORTS)
        for timeout in (7, 25):
            lab.udp_timeouts(unreplied=timeout)
            report(f"lifetime: router keeps {timeout} s, limit 60 s", lifetime(lab, runs, 60))
        if args.long:
            lab.udp_timeouts(unreplied=300)
            report("lifetime: router keeps 300 s, limit 120 s", lifetime(lab, runs, 120))
        lab.udp_timeouts()


if __name__ == "__main__":
    main()
