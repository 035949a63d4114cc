"""Does `check` give the right answer in every NAT-lab scenario, every time? (needs root)

Builds one NAT lab (tests/lab.py) with coturn, then runs each scenario below N times in a
row (default 20): the real `check` command in the PBX namespace, its JSON compared with
the scenario's truth. A flaky verdict is a wrong verdict, so a scenario is right only when
every run is. One line per scenario: runs right of total, median and max wall time of one
`check`, and what the first wrong run got. Exit code 1 when any run was wrong.

    sudo python benchmarks/verdict_repeat.py [--runs 20] [--only NAME[,NAME...]] [--list]

Each run starts afresh: the router's scenario and the impairments are applied again
(conntrack flushed, meters and blocks emptied) and the check's remembered state
(XDG_STATE_HOME) is a new empty folder. The checks of one run (the re-run scenarios)
share the router's state and the remembered state, as a technician's runs would.

To add a case, add a row to SCENARIOS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lab import Lab  # noqa: E402


@dataclass(frozen=True)
class Router:
    """Arguments of ``Lab.router``."""

    scenario: str
    ports: tuple[int, int] = (9000, 9019)
    forward: tuple[int, int] | None = None  # forward_partial only
    wan_input: str = "drop"
    flush: bool = True
    udp_timeouts: tuple[int, int] = (30, 120)  # unanswered, answered (Linux; OpenWrt 60, 180)

    def apply(self, lab: Lab) -> None:
        lab.udp_timeouts(*self.udp_timeouts)
        extra = {"forward": self.forward} if self.forward else {}
        lab.router(
            self.scenario, ports=self.ports, wan_input=self.wan_input, flush=self.flush, **extra
        )


@dataclass(frozen=True)
class Truth:
    """What a right JSON document says."""

    verdicts: tuple[str, ...]  # any of these
    outcome: str | None = None  # every checked port's outcome, unless ``ranges`` says
    ranges: tuple[tuple[int, int, str], ...] = ()  # (first, last, outcome)
    inconclusive_ok: bool = False  # a port may be "inconclusive" instead (counted)
    never: tuple[str, ...] = ()  # outcomes no port may have
    mapping: str | None = None  # nat.mapping
    stun_error: str | None = None  # stun[0].error

    def outcome_of(self, port: int) -> str | None:
        for first, last, outcome in self.ranges:
            if first <= port <= last:
                return outcome
        return self.outcome


@dataclass(frozen=True)
class Check:
    """One `check` in a run."""

    truth: Truth
    after_s: float = 0.0  # wait this long after the previous check ended
    router: Router | None = None  # reconfigure the router first (None: leave it)


@dataclass(frozen=True)
class Scenario:
    name: str
    about: str
    router: Router  # applied, conntrack flushed, at the start of every run
    checks: tuple[Check, ...]
    impair: dict[str, Any] = field(default_factory=dict)  # ``Lab.impair`` arguments
    product: str = "custom"
    ports: str = "9000-9019"
    args: tuple[str, ...] = ()  # more `check` arguments (--rate, --timeout)
    host_firewall: bool = False  # a stateful firewall on the PBX itself (Lab.host_firewall)


FAST = ("--rate", "1000", "--timeout", "1")  # small clean cases, as tests/engine do
EI = "endpoint-independent"

PASS = Truth(("success",), "pass")
NOT_FORWARDED = Truth(("not_forwarded",), "not_forwarded", mapping=EI)

FORWARD = Router("forward")
FORWARD_500 = Router("forward", ports=(9000, 9499))
FORWARD_200 = Router("forward", ports=(9000, 9199))
MASQUERADE = Router("masquerade")
MASQUERADE_ACCEPT = Router("masquerade", wan_input="accept")

SCENARIOS: tuple[Scenario, ...] = (
    Scenario("forward", "one-to-one forwarding", FORWARD, (Check(PASS),), args=FAST),
    Scenario(
        "forward_hostfw",
        "one-to-one forwarding, a stateful firewall on the PBX (the pre-open lets test 2 in)",
        FORWARD,
        (Check(PASS),),
        args=FAST,
        host_firewall=True,
    ),
    Scenario(
        "masquerade_hostfw",
        "ordinary router, a stateful firewall on the PBX (the pre-open opens nothing there)",
        MASQUERADE_ACCEPT,
        (Check(NOT_FORWARDED),),
        args=FAST,
        host_firewall=True,
    ),
    Scenario(
        "partial_hostfw",
        "half the range forwarded, a stateful firewall on the PBX",
        Router("forward_partial", forward=(9000, 9009)),
        (
            Check(
                Truth(
                    ("partial",),
                    ranges=((9000, 9009, "pass"), (9010, 9019, "not_forwarded")),
                )
            ),
        ),
        args=FAST,
        host_firewall=True,
    ),
    Scenario("masquerade", "ordinary router", MASQUERADE, (Check(NOT_FORWARDED),), args=FAST),
    Scenario(
        "masquerade_accept",
        "ordinary router whose own stack takes unsolicited packets (never symmetric_nat)",
        MASQUERADE_ACCEPT,
        (Check(NOT_FORWARDED),),
        args=FAST,
    ),
    Scenario(
        "swyx_accept",
        "SwyxWare's LinkManager (outbound) behind that router",
        MASQUERADE_ACCEPT,
        (Check(PASS),),
        product="swyxware",
        ports="65002",
        args=FAST,
    ),
    Scenario(
        "translate_accept",
        "masquerade to ports 20000-30000, unsolicited packets to the stack",
        Router("translate", wan_input="accept"),
        (Check(Truth(("port_translated",), "port_translated")),),
        args=FAST,
    ),
    Scenario(
        "partial_accept",
        "9000-9009 forwarded, 9010-9019 not; unsolicited packets to the stack",
        Router("forward_partial", forward=(9000, 9009), wan_input="accept"),
        (Check(Truth(("partial",), ranges=((9000, 9009, "pass"), (9010, 9019, "not_forwarded")))),),
        args=FAST,
    ),
    Scenario(
        "symmetric",
        "a new public port per destination",
        Router("symmetric"),
        (Check(Truth(("symmetric_nat",), "symmetric_nat")),),
        args=FAST,
    ),
    Scenario(
        "rerun",
        "ordinary router, checked again 0 s, 2 s and 20 s after a check (state kept)",
        MASQUERADE,
        (
            Check(NOT_FORWARDED),
            Check(NOT_FORWARDED),
            Check(NOT_FORWARDED, after_s=2),
            Check(NOT_FORWARDED, after_s=20),
        ),
        args=FAST,
    ),
    Scenario(
        "rerun_forward_after_fix",
        "ordinary router checked, then forwarding switched on (state kept) and checked",
        MASQUERADE,
        (Check(NOT_FORWARDED), Check(PASS, router=Router("forward", flush=False))),
        args=FAST,
    ),
    Scenario(
        "rerun_accept",
        "ordinary router whose stack takes unsolicited packets, checked again at once twice",
        MASQUERADE_ACCEPT,
        (Check(NOT_FORWARDED), Check(NOT_FORWARDED), Check(NOT_FORWARDED)),
        args=FAST,
    ),
    Scenario(
        "rerun_forward_added_accept",
        "that router checked, forwarding switched on (state kept), checked twice at once",
        MASQUERADE_ACCEPT,
        (
            Check(NOT_FORWARDED),
            Check(PASS, router=Router("forward", flush=False)),
            Check(PASS),
        ),
        args=FAST,
    ),
    Scenario(
        "rerun_forward_removed",
        "forwarding checked, then plain masquerade (stack takes unsolicited packets, state "
        "kept), checked twice at once",
        FORWARD,
        (
            Check(PASS),
            Check(NOT_FORWARDED, router=Router("masquerade", wan_input="accept", flush=False)),
            Check(NOT_FORWARDED),
        ),
        args=FAST,
    ),
    Scenario(
        "rerun_forward_removed_openwrt",
        "as rerun_forward_removed, on a router that keeps unanswered UDP flows 60 s",
        Router("forward", udp_timeouts=(60, 180)),
        (
            Check(PASS),
            Check(
                NOT_FORWARDED,
                router=Router(
                    "masquerade", wan_input="accept", flush=False, udp_timeouts=(60, 180)
                ),
            ),
            Check(NOT_FORWARDED),
            Check(NOT_FORWARDED),
        ),
        args=FAST,
    ),
    Scenario(
        "loss10",
        "forwarding, 10 % loss each way, 500 ports",
        FORWARD_500,
        (Check(PASS),),
        impair={"loss": 10},
        ports="9000-9499",
        args=("--rate", "500"),
    ),
    Scenario(
        "loss25",
        "forwarding, 25 % loss each way, 500 ports (inconclusive ports allowed)",
        FORWARD_500,
        (Check(Truth(("success", "inconclusive"), "pass", inconclusive_ok=True)),),
        impair={"loss": 25},
        ports="9000-9499",
        args=("--rate", "500"),
    ),
    Scenario(
        "loss10_masquerade",
        "ordinary router, 10 % loss each way, 500 ports (inconclusive ports allowed)",
        MASQUERADE,
        (Check(Truth(("not_forwarded",), "not_forwarded", inconclusive_ok=True)),),
        impair={"loss": 10},
        ports="9000-9499",
        args=("--rate", "500"),
    ),
    Scenario(
        "throttle",
        "forwarding, path to the server passes 30 packets/s, 200 ports, default rate",
        FORWARD_200,
        (Check(PASS),),
        impair={"path_rate": 30},
        ports="9000-9199",
    ),
    Scenario(
        "server_throttle",
        "forwarding, server takes 30 requests/s per source, 200 ports, default rate",
        FORWARD_200,
        (Check(PASS),),
        impair={"server_rate": 30},
        ports="9000-9199",
    ),
    Scenario(
        "flood",
        "forwarding, router blocks a source opening over 50 flows/s for 3 s, 500 ports",
        FORWARD_500,
        (Check(PASS),),
        impair={"flood_block": (50, 3)},
        ports="9000-9499",
        args=("--rate", "500"),
    ),
    Scenario(
        "dead_alt",
        "forwarding, the server's announced second address is dead",
        FORWARD,
        (
            Check(
                Truth(
                    ("stun_no_second_address",),
                    never=("not_forwarded",),
                    stun_error="second_address_unreachable",
                )
            ),
        ),
        impair={"dead_second_address": True},
        args=FAST,
    ),
)

CHECK_TIMEOUT = 600  # seconds; a check that takes longer counts as wrong


# --------------------------------------------------------------------------- judging


def expand(spec: str) -> list[int]:
    """The ports of a plain list like ``9000-9019,5060``."""
    ports: list[int] = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        ports.extend(range(int(first), int(last or first) + 1))
    return ports


def compress(ports: list[int], most: int = 12) -> str:
    """``9000-9003, 9010`` for [9000, 9001, 9002, 9003, 9010]; at most ``most`` spans."""
    spans: list[list[int]] = []
    for port in sorted(ports):
        if spans and port == spans[-1][1] + 1:
            spans[-1][1] = port
        else:
            spans.append([port, port])
    text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans[:most])
    return text + (f", … ({len(spans) - most} more)" if len(spans) > most else "")


def judge(document: dict, truth: Truth, ports: list[int]) -> list[str]:
    """What ``document`` gets wrong against ``truth`` (empty: right)."""
    problems = []
    if document.get("verdict") not in truth.verdicts:
        problems.append(f"verdict {document.get('verdict')} (truth {' or '.join(truth.verdicts)})")
    stun = (document.get("stun") or [{}])[0]
    if truth.stun_error is not None and stun.get("error") != truth.stun_error:
        problems.append(f"stun[0].error {stun.get('error')} (truth {truth.stun_error})")
    mapping = (document.get("nat") or {}).get("mapping")
    if truth.mapping is not None and mapping != truth.mapping:
        problems.append(f"nat.mapping {mapping} (truth {truth.mapping})")
    seen = {p["port"]: p["outcome"] for p in document.get("ports", [])}
    wrong: dict[tuple[str | None, str], list[int]] = {}
    for port in ports:
        want = truth.outcome_of(port)
        got = seen.get(port)
        if want is None:
            if port in seen and got not in truth.never:
                continue
            want = f"anything but {' or '.join(truth.never)}" if port in seen else "any result"
        elif got == want or (got == "inconclusive" and truth.inconclusive_ok):
            continue
        wrong.setdefault((got, want), []).append(port)
    for (got, want), where in wrong.items():
        noun = "port" if len(where) == 1 else "ports"
        shown = got or "missing"
        problems.append(f"{len(where)} {noun} {shown} (truth {want}): {compress(where)}")
    extra = sorted(set(seen) - set(ports))
    if extra:
        problems.append(f"ports nobody asked for: {compress(extra)}")
    return problems


def inconclusive(document: dict | None) -> int:
    return sum(p["outcome"] == "inconclusive" for p in (document or {}).get("ports", []))


def counts(document: dict) -> str:
    outcomes = Counter(p["outcome"] for p in document.get("ports", []))
    return ", ".join(f"{n} {o}" for o, n in outcomes.most_common()) or "no ports"


# --------------------------------------------------------------------------- running


@dataclass
class Checked:
    wall: float
    document: dict | None
    problems: list[str]


def run_check(lab: Lab, scenario: Scenario, truth: Truth, state: str) -> Checked:
    argv = [
        sys.executable, "-m", "wizard", "check", "--product", scenario.product, "--json",
        "--stun", f"{Lab.STUN_NAME}:{Lab.STUN_PORT}", "--ports", scenario.ports,
        *scenario.args,
    ]  # fmt: skip
    env = {**os.environ, "XDG_STATE_HOME": state}
    start = time.perf_counter()
    try:
        done = lab.exec_pbx(argv, capture_output=True, text=True, env=env, timeout=CHECK_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Checked(time.perf_counter() - start, None, [f"no answer in {CHECK_TIMEOUT} s"])
    wall = time.perf_counter() - start
    tail = done.stderr.strip().splitlines()[-1:] or [""]
    if done.returncode not in (0, 1):
        return Checked(wall, None, [f"exit code {done.returncode}: {tail[0]}"])
    try:
        document = json.loads(done.stdout)
    except ValueError:
        return Checked(wall, None, [f"no JSON on stdout: {tail[0]}"])
    problems = judge(document, truth, expand(scenario.ports))
    if (done.returncode == 0) != (document.get("verdict") == "success"):
        problems.append(f"exit code {done.returncode} with verdict {document.get('verdict')}")
    if "Traceback" in done.stderr:
        problems.append(f"a traceback on stderr: {tail[0]}")
    return Checked(wall, document, problems)


def run_once(lab: Lab, scenario: Scenario) -> list[Checked]:
    """One run: the router and impairments afresh, then every check (all of them even
    after a wrong one, to show which of a re-run's checks go wrong)."""
    scenario.router.apply(lab)
    lab.host_firewall(scenario.host_firewall)
    lab.impair(**scenario.impair)
    results: list[Checked] = []
    with tempfile.TemporaryDirectory(prefix="verdict-repeat-") as state:
        for check in scenario.checks:
            time.sleep(check.after_s)
            if check.router is not None:
                check.router.apply(lab)
            results.append(run_check(lab, scenario, check.truth, state))
    return results


def report(scenario: Scenario, runs: list[list[Checked]]) -> tuple[bool, str]:
    """Whether every run was right, and the scenario's lines."""
    right = sum(1 for run in runs if not any(c.problems for c in run))
    walls = [c.wall for run in runs for c in run]
    line = (
        f"{scenario.name:24} {right:3}/{len(runs):<3} right   wall median "
        f"{statistics.median(walls):6.2f} s  max {max(walls):6.2f} s"
    )
    if any(c.truth.inconclusive_ok for c in scenario.checks):
        per_run = [sum(inconclusive(c.document) for c in run) for run in runs]
        line += f"   inconclusive ports: {sum(per_run)} in all, at most {max(per_run)} in a run"
    lines = [line]
    if len(scenario.checks) > 1:
        wrong = [sum(bool(run[i].problems) for run in runs) for i in range(len(scenario.checks))]
        lines.append(
            "    wrong per check: "
            + ", ".join(
                f"#{i + 1}{f' (+{c.after_s:g} s)' if i else ''} {n}/{len(runs)}"
                for i, (c, n) in enumerate(zip(scenario.checks, wrong, strict=True))
            )
        )
    for number, run in enumerate(runs, 1):
        bad = next((i for i, c in enumerate(run) if c.problems), None)
        if bad is None:
            continue
        checked = run[bad]
        where = f"run {number}" + (
            f", check {bad + 1} of {len(scenario.checks)}" if len(scenario.checks) > 1 else ""
        )
        got = checked.document
        if got is not None:
            lines.append(f"    first wrong: {where}: verdict {got.get('verdict')}; {counts(got)}")
        else:
            lines.append(f"    first wrong: {where}")
        lines += [f"      {problem}" for problem in checked.problems[:6]]
        break
    return right == len(runs), "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs per scenario (default 20)")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME[,NAME]", help="these scenarios"
    )
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    args = parser.parse_args()
    known = {s.name: s for s in SCENARIOS}
    if args.list:
        for scenario in SCENARIOS:
            print(f"{scenario.name:24} {scenario.about}")
        return 0
    wanted = [name for arg in args.only for name in arg.split(",") if name]
    unknown = [name for name in wanted if name not in known]
    if unknown:
        parser.error(f"unknown scenario {', '.join(unknown)}; known: {', '.join(known)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not Lab.available():
        print("needs root with ip, nft, turnserver and stund", file=sys.stderr)
        return 2
    chosen = [known[name] for name in wanted] if wanted else list(SCENARIOS)
    print(f"{args.runs} run(s) per scenario; a run is right when every check in it is")
    all_right = True
    with Lab() as lab:
        lab.start_coturn()
        for scenario in chosen:
            runs = [run_once(lab, scenario) for _ in range(args.runs)]
            lab.clear_impairments()
            right, lines = report(scenario, runs)
            all_right &= right
            print(lines, flush=True)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    return 0 if all_right else 1


if __name__ == "__main__":
    raise SystemExit(main())
