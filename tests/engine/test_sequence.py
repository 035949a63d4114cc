"""The probe sequence driven through a pure NAT model (``tests/natmodel.py``): no root,
no sockets, no real time.

Every finding is checked against the model's truth: a port passes only when unsolicited
traffic really reaches the PBX on its own port number, and fails only for a reason the
router (or the host firewall) really has. Then the two pure helpers the sequence leans
on: the link estimate (how much a silence proves) and the contact log (what earlier runs
sent where).
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path as FilePath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from natmodel import (
    AD,
    APD,
    EI,
    OTHER,
    OTHER_LAN_HOST,
    PRIMARY,
    Allocation,
    Controls,
    Host,
    Path,
    Picks,
    Router,
    ScanRun,
    Server,
    World,
    forwarded,
    play,
    scan,
)

from wizard.engine import contacts
from wizard.engine.contacts import STATE_LIFETIME, ContactLog
from wizard.engine.evidence import (
    DISTURBANCE_RUN,
    MAX_SENDS,
    ControlRecord,
    LinkEstimate,
    wilson_upper,
)
from wizard.engine.model import (
    Address,
    Behaviour,
    Outcome,
    PortCheck,
    Reason,
    Requirement,
    ServerError,
)
from wizard.engine.sequence import (
    CHANGE_IP,
    CHANGE_PORT,
    FilteringQuestion,
    MappingQuestion,
    PortSequence,
    Request,
)
from wizard.engine.sequence import Test as Probe  # (a class named Test* would be collected)

FULL, OUT = Requirement.FULL_CONE, Requirement.OUTBOUND
PORTS = list(range(9000, 9008))
# Tests a port can ask: test 1, test 2 and two mapping tests, each at most MAX_SENDS copies.
MAX_REQUESTS = 4 * MAX_SENDS


# ---------------------------------------------------------------------------- the truth


def violations(world: World, run: ScanRun) -> list[str]:
    """Every finding of ``run`` that the model's truth contradicts (evaluated at the end
    of the scan, against the router's state then)."""
    wrong: list[str] = []
    if not run.reached_server:
        return wrong  # the verdict is about the server then, no port has a finding
    for check in run.checks:
        port = check.port
        outcome, finding = run.outcome(port), run.finding(port)
        said = f"port {port} ({check.requirement}): {outcome} {finding}"
        if run.requests(port) > MAX_REQUESTS:
            wrong.append(f"{said}: {run.requests(port)} requests")
        if outcome is Outcome.PASS:
            if check.requirement is FULL:
                if not world.admits_unsolicited(port):
                    wrong.append(f"{said}: passes, but unsolicited traffic does not get in")
                if world.public_port(port) != port:
                    wrong.append(f"{said}: passes, but the public port is not the local one")
            elif world.destination_dependent(port):
                wrong.append(f"{said}: passes, but the mapping depends on the destination")
        elif outcome is Outcome.NOT_FORWARDED and world.admits_unsolicited(port):
            wrong.append(f"{said}: unsolicited traffic does get in")
        elif outcome is Outcome.NO_RESPONSE and not world.drops_outbound(port):
            wrong.append(f"{said}: the router does not drop this port's requests")
        elif outcome is Outcome.SYMMETRIC_NAT and not world.destination_dependent(port):
            wrong.append(f"{said}: the mapping does not depend on the destination")
        elif outcome is Outcome.PORT_TRANSLATED and not world.translates(port):
            wrong.append(f"{said}: the router's rules keep the port number")
        elif outcome is Outcome.UNTESTED and run.reported_error is None:
            wrong.append(f"{said}: untested with a fit server")
    return wrong


def checks(requirement: Requirement, ports: list[int] = PORTS) -> list[PortCheck]:
    return [PortCheck(port, requirement) for port in ports]


def outcomes(run: ScanRun) -> Counter:
    return Counter(
        (run.outcome(c.port), run.finding(c.port).reason) if run.reached_server else "no server"
        for c in run.checks
    )


# ---------------------------------------------------------------------------- router kinds

Kind = Callable[[list[int]], World]

KINDS: dict[str, Kind] = {
    "forwarded": lambda ports: World(Router(forwards=forwarded(ports))),
    # Linux masquerade: endpoint-independent mapping in practice, the local port kept,
    # address-and-port-dependent filtering; unsolicited packets dropped at input...
    "masquerade": lambda ports: World(Router()),
    # ...or accepted there, so each one leaves a conntrack entry to collide with.
    "masquerade-wan-input": lambda ports: World(Router(wan_input_drop=False)),
    "address-dependent-filtering": lambda ports: World(Router(filtering=AD, wan_input_drop=False)),
    "full-cone-nat": lambda ports: World(Router(filtering=EI)),
    "port-shifting": lambda ports: World(Router(allocation=Allocation.SHIFTED)),
    "symmetric": lambda ports: World(
        Router(mapping=APD, allocation=Allocation.RANDOM, wan_input_drop=False)
    ),
    "symmetric-port-preserving": lambda ports: World(Router(mapping=APD)),
    "address-dependent-mapping": lambda ports: World(
        Router(mapping=AD, allocation=Allocation.RANDOM)
    ),
    "forwarded-other-public-port": lambda ports: World(
        Router(forwards=forwarded(ports, offset=10000))
    ),
    "forwarded-to-other-host": lambda ports: World(
        Router(forwards=forwarded(ports, host=OTHER_LAN_HOST), wan_input_drop=False)
    ),
    "forwarded-host-firewall": lambda ports: World(
        Router(forwards=forwarded(ports)), host=Host(firewall=True)
    ),
    "outbound-blocked": lambda ports: World(Router(blocked=frozenset(ports))),
}

NF, PASS, XLATED = Outcome.NOT_FORWARDED, Outcome.PASS, Outcome.PORT_TRANSLATED
SYM, INC = Outcome.SYMMETRIC_NAT, Outcome.INCONCLUSIVE

# (kind, requirement) -> (outcome, reason, test2)
TRUTH_TABLE = {
    ("forwarded", FULL): (PASS, None, True),
    ("forwarded", OUT): (PASS, None, None),
    ("masquerade", FULL): (NF, None, False),
    ("masquerade", OUT): (PASS, None, None),
    ("masquerade-wan-input", FULL): (NF, None, False),
    ("masquerade-wan-input", OUT): (PASS, None, None),
    ("address-dependent-filtering", FULL): (NF, None, False),
    ("address-dependent-filtering", OUT): (PASS, None, None),
    ("full-cone-nat", FULL): (PASS, None, True),
    ("full-cone-nat", OUT): (PASS, None, None),
    ("port-shifting", FULL): (XLATED, None, False),
    ("port-shifting", OUT): (PASS, None, None),
    ("symmetric", FULL): (SYM, None, False),
    ("symmetric", OUT): (SYM, None, None),
    # The local port for the first mapping, others for the next: test 2 sees a kept
    # port (and fails it), the mapping tests see the dependence.
    ("symmetric-port-preserving", FULL): (NF, None, False),
    ("symmetric-port-preserving", OUT): (SYM, None, None),
    # Another port towards the other IP, the same towards the primary IP's other port:
    # one destination only, so the sequence does not call it symmetric. Cautious, not
    # wrong (see the report: the port is translated and the mapping is address-dependent).
    # Test 1 already proved the translation; symmetric is not called unconfirmed.
    ("address-dependent-mapping", FULL): (Outcome.PORT_TRANSLATED, None, False),
    ("address-dependent-mapping", OUT): (INC, Reason.MAPPING_UNCONFIRMED, None),
    ("forwarded-other-public-port", FULL): (XLATED, None, True),
    ("forwarded-other-public-port", OUT): (PASS, None, None),
    # The forward takes test 2's answer to another machine: not forwarded to the PBX.
    # Our packets never reach that host from the addresses test 1 and the mapping test
    # use, so no collision moves the PBX's mapping.
    ("forwarded-to-other-host", FULL): (NF, None, False),
    ("forwarded-to-other-host", OUT): (PASS, None, None),
    # The router forwards, the PBX's own firewall drops: unsolicited traffic does not
    # reach the PBX, and the not_forwarded advice names Windows Defender Firewall.
    ("forwarded-host-firewall", FULL): (NF, None, False),
    ("forwarded-host-firewall", OUT): (PASS, None, None),
    ("outbound-blocked", FULL): (Outcome.NO_RESPONSE, None, None),
    ("outbound-blocked", OUT): (Outcome.NO_RESPONSE, None, None),
}


@pytest.mark.parametrize(("kind", "requirement"), sorted(TRUTH_TABLE))
def test_truth_table(kind: str, requirement: Requirement) -> None:
    world = KINDS[kind](PORTS)
    run = scan(world, checks(requirement))
    outcome, reason, test2 = TRUTH_TABLE[(kind, requirement)]
    assert outcomes(run) == Counter({(outcome, reason): len(PORTS)})
    assert {run.finding(p).test2 for p in PORTS} == {test2}
    assert violations(world, run) == []


def test_wan_input_leaves_entries_that_make_a_naive_checker_see_symmetric_nat() -> None:
    """The model's collision, shown: after test 2's unsolicited answer the router holds
    an entry of its own, and a flow to the address that answer came from gets another
    public port. The sequence never asks that address from a checked port."""
    world = KINDS["masquerade-wan-input"](PORTS)
    run = scan(world, checks(FULL))
    assert {run.outcome(p) for p in PORTS} == {NF}
    assert any(e.lan is None and e.remote == OTHER for e in world.router.table.entries(world.now))
    naive = world.transmit(PORTS[0], Request(Probe.MAPPING_OTHER, OTHER, OTHER), world.now)
    assert naive is not None and naive.mapped.port != PORTS[0]
    # A fresh port of our own, asked in RFC 5780 section 4.3's order, sees no dependence.
    assert run.mapping is not None and run.mapping.behaviour is EI


@pytest.mark.parametrize(
    ("kind", "mapping", "filtering"),
    [
        ("masquerade", EI, APD),
        ("masquerade-wan-input", EI, APD),
        ("address-dependent-filtering", EI, AD),
        ("full-cone-nat", EI, EI),
        ("port-shifting", EI, APD),
        ("symmetric", APD, APD),
        ("address-dependent-mapping", AD, APD),
    ],
)
def test_nat_questions(kind: str, mapping: Behaviour, filtering: Behaviour) -> None:
    """RFC 5780 sections 4.3 and 4.4 from fresh ports of our own: a first pass, then
    judged by controls, as the runner does."""
    world = KINDS[kind](PORTS)
    controls = Controls(world)
    assert controls.preflight() is None
    for question, expected in (
        (MappingQuestion(PRIMARY, OTHER), mapping),
        (FilteringQuestion(PRIMARY, OTHER), filtering),
    ):
        port = world.ephemeral()
        play(question, world, port)
        play(question, world, port, controls)
        assert question.done
        assert question.behaviour is expected


def test_filtering_question_tells_a_full_cone() -> None:
    """With only outbound ports (no test 2) the question is the only witness: it asks
    section 4.4 test II first, so an endpoint-independent filter is named as such."""
    world = KINDS["full-cone-nat"](PORTS)
    run = scan(world, checks(OUT))
    assert run.filtering is not None and run.filtering.behaviour is EI


# ---------------------------------------------------------------------------- the driver


def test_first_pass_stops_at_a_silence_and_the_controls_settle_it() -> None:
    world = KINDS["masquerade"](PORTS)
    sequence = PortSequence(9000, FULL, PRIMARY, OTHER)
    play(sequence, world, 9000)
    assert not sequence.done
    test2 = sequence.step(Probe.TEST2)
    assert test2.attempts == 1 and not test2.answered
    assert [t - test2.sends[0] for t in test2.sends] == pytest.approx([0.0, 0.5, 1.5])

    controls = Controls(world)
    controls.preflight()
    play(sequence, world, 9000, controls)
    assert sequence.finding is not None
    assert sequence.finding.outcome is NF
    assert sequence.finding.retested


def test_a_stale_link_estimate_never_proves_later_sends() -> None:
    """Sends after ``settled_until`` do not count: with a fixed estimate taken before the
    retests, the silence stays unproven until MAX_SENDS copies, then undecided."""
    world = KINDS["masquerade"](PORTS)
    sequence = PortSequence(9000, FULL, PRIMARY, OTHER)
    play(sequence, world, 9000)
    records = world.controls(40, interval=0.05)
    assert all(r.answered for r in records)
    link = LinkEstimate.of(records, max(r.sent for r in records))
    assert not link.silence_proves(sequence.step(Probe.TEST2).sends)
    play(sequence, world, 9000, link)
    assert sequence.finding is not None
    assert (sequence.finding.outcome, sequence.finding.reason) == (INC, Reason.LINK_LOSS)
    assert len(sequence.step(Probe.TEST2).sends) >= MAX_SENDS


def test_answers_from_elsewhere_are_strays() -> None:
    world = World(Router(forwards=forwarded(PORTS)), server=Server(ignores_change=True))
    sequence = PortSequence(9000, FULL, PRIMARY, OTHER)
    play(sequence, world, 9000)
    assert sequence.finding is not None
    assert sequence.finding.outcome is Outcome.UNTESTED
    assert sequence.finding.wrong_source


# ---------------------------------------------------------------------------- re-runs


@pytest.mark.parametrize("gap", [0.0, 2.0, 20.0])
@pytest.mark.parametrize(
    ("kind", "requirements", "expected"),
    [
        ("forwarded", [FULL, FULL, FULL], [PASS, PASS, PASS]),
        ("masquerade", [FULL, FULL, FULL], [NF, NF, NF]),
        ("masquerade-wan-input", [FULL, FULL, FULL], [NF, NF, NF]),
        ("masquerade-wan-input", [OUT, FULL, OUT], [PASS, NF, PASS]),
        ("address-dependent-filtering", [FULL, FULL, FULL], [NF, NF, NF]),
        # The outbound run sends to the other IP: the next runs' test 2 answers walk in
        # through that state, and only the contact log keeps them from passing.
        ("address-dependent-filtering", [OUT, FULL, FULL], [PASS, INC, INC]),
        ("port-shifting", [FULL, FULL, FULL], [XLATED, XLATED, XLATED]),
        ("symmetric", [OUT, FULL, OUT], [SYM, SYM, SYM]),
    ],
)
def test_reruns_carry_the_contact_log(
    kind: str, requirements: list[Requirement], expected: list[Outcome], gap: float
) -> None:
    world = KINDS[kind](PORTS)
    log = ContactLog()
    for requirement, outcome in zip(requirements, expected, strict=True):
        before = ContactLog.from_json(log.to_json())
        wall = world.wall()
        run = scan(world, checks(requirement), log=log)
        assert violations(world, run) == []
        for port in PORTS:
            finding = run.finding(port)
            assert run.outcome(port) is outcome, (port, finding)
            if outcome is INC:
                assert finding.reason is Reason.RECENT_CONTACT
                assert before.reached_ip(port, OTHER.ip, wall) is not None
        world.now += gap
    # Every request went into the log, with its wall time.
    assert len(log) > 0


# ---------------------------------------------------------------------------- loss


def lossy_scans(world_of: Callable[[int], World], ports: list[int], count: int) -> Counter:
    """Outcomes of ``count`` scans that reached the server (a preflight the loss defeated
    is counted as such and tried with the next seed)."""
    tally: Counter = Counter()
    seed = 0
    while tally["scans"] < count:
        world = world_of(seed)
        run = scan(world, checks(FULL, ports))
        seed += 1
        if not run.reached_server:
            tally["no server"] += 1
            assert tally["no server"] <= count, "the preflight keeps failing"
            continue
        tally["scans"] += 1
        assert violations(world, run) == []
        tally.update(run.outcome(p) for p in ports)
    return tally


MANY = list(range(9000, 9060))


@pytest.mark.parametrize("loss", [0.10, 0.25])
def test_loss_on_a_forwarding_router_never_fails_a_port(loss: float) -> None:
    def world_of(seed: int) -> World:
        return World(Router(forwards=forwarded(MANY)), path=Path(loss, loss), seed=seed)

    tally = lossy_scans(world_of, MANY, count=2)
    assert tally[NF] == tally[Outcome.NO_RESPONSE] == 0
    assert tally[PASS] + tally[INC] == 2 * len(MANY)
    if loss <= 0.10:
        assert tally[INC] == 0
    else:
        assert tally[INC] <= len(MANY) // 4, tally  # undecided, counted: a handful


@pytest.mark.parametrize("loss", [0.10, 0.25])
def test_loss_on_a_filtering_router_never_passes(loss: float) -> None:
    ports = MANY[:30]

    def world_of(seed: int) -> World:
        return World(Router(wan_input_drop=False), path=Path(loss, loss), seed=seed)

    tally = lossy_scans(world_of, ports, count=1)
    assert tally[PASS] == 0
    assert tally[NF] + tally[INC] == len(ports)
    assert tally[NF] > 0


# ---------------------------------------------------------------------------- impairments


def test_flood_protection_that_blocks_the_source_is_seen_by_the_controls() -> None:
    world = World(Router(forwards=forwarded(MANY), flood_limit=20, flood_block=10.0))
    run = scan(world, checks(FULL, MANY))
    assert violations(world, run) == []
    assert outcomes(run)[(NF, None)] == 0
    blocked = World(Router(flood_limit=20, wan_input_drop=False))
    run = scan(blocked, checks(FULL, MANY))
    assert violations(blocked, run) == []
    assert outcomes(run)[(PASS, None)] == 0


def wrong_failures_or_doubts(world: World, run: ScanRun) -> list[str]:
    """The violations, and any inconclusive port that is not put down to a rate limit:
    a pace-dependent failure may be left undecided, never blamed on the router."""
    doubts = [
        f"port {c.port}: {run.finding(c.port)}"
        for c in run.checks
        if run.outcome(c.port) is INC and run.finding(c.port).reason is not Reason.RATE_LIMITED
    ]
    return violations(world, run) + doubts


@pytest.mark.xfail(
    strict=True,
    reason="The slow witness starts as soon as the retest round ends, and its sample of 12 "
    "goes out within 3 s: the protection (more than 20 new flows a second from one "
    "source, blocked 10 s) tripped again on the retest round's test 2 at 13.8 s, so every "
    "sample (sent 20.0-22.7 s) is still dropped, no failure counts as pace-dependent, and "
    "60 of 100 forwarded ports stay not_forwarded. With a 30 s block 80 of 100 do; with "
    "a 2-5 s block (see below) the witness works.",
)
def test_flood_protection_that_drops_only_new_flows() -> None:
    ports = list(range(9000, 9100))
    world = World(
        Router(forwards=forwarded(ports), flood_limit=20, flood_block=10.0, flood_new_only=True)
    )
    run = scan(world, checks(FULL, ports))
    assert wrong_failures_or_doubts(world, run) == []


@pytest.mark.xfail(
    strict=True,
    reason="The slow witness starts only when some port passed test 2. The first 20 ports "
    "checked are not forwarded, the next 20 are: the answers to the first ones (dropped "
    "anyway) are new flows that trip the protection (more than 20 a second, blocked 10 s), "
    "every forwarded port's answer is then dropped while the controls keep answering, no "
    "port passes, no witness is asked, and all 20 forwarded ports come out not_forwarded.",
)
def test_flood_protection_tripped_by_the_ports_not_forwarded() -> None:
    ports = list(range(9000, 9040))
    world = World(
        Router(
            forwards=forwarded(ports[20:]), flood_limit=20, flood_block=10.0, flood_new_only=True
        )
    )
    run = scan(world, checks(FULL, ports))
    assert wrong_failures_or_doubts(world, run) == []


@pytest.mark.parametrize("block", [2.0, 5.0])
def test_a_slow_witness_sees_failures_that_depend_on_the_pace(block: float) -> None:
    """A protection that drops only new flows, blocking for less time than the slow
    witness takes: some of its sample pass when asked slowly, so what still fails is
    left undecided (rate_limited), never not_forwarded."""
    ports = list(range(9000, 9100))
    world = World(
        Router(forwards=forwarded(ports), flood_limit=20, flood_block=block, flood_new_only=True)
    )
    run = scan(world, checks(FULL, ports))
    assert run.witnessed and run.rate_dependent
    assert wrong_failures_or_doubts(world, run) == []
    assert outcomes(run)[(NF, None)] == 0


@pytest.mark.parametrize("loss", [0.0, 0.10])
@pytest.mark.parametrize("wan_input_drop", [True, False])
def test_a_partial_forward_stays_not_forwarded_after_the_slow_witness(
    loss: float, wan_input_drop: bool
) -> None:
    """Every second port forwarded: the slow witness asks a sample of the others again,
    none of them passes, and they stay not_forwarded."""
    ports = list(range(9000, 9040))
    world = World(
        Router(forwards=forwarded(ports[::2]), wan_input_drop=wan_input_drop),
        path=Path(loss, loss),
        seed=3,
    )
    run = scan(world, checks(FULL, ports))
    assert violations(world, run) == []
    assert len(run.witnessed) == 12 and not run.rate_dependent
    assert {run.outcome(p) for p in ports[::2]} == {PASS}
    assert {run.outcome(p) for p in ports[1::2]} == {NF}


def test_a_throttled_path_is_seen_by_the_controls() -> None:
    for router, forbidden in (
        (Router(forwards=forwarded(MANY)), NF),
        (Router(), PASS),
    ):
        world = World(router, path=Path(rate=20.0, burst=10.0))
        run = scan(world, checks(FULL, MANY))
        assert violations(world, run) == []
        assert all(run.outcome(p) is not forbidden for p in MANY)


def test_a_link_outage_is_waited_out_and_a_dead_link_given_up() -> None:
    world = World(Router(forwards=forwarded(MANY)), path=Path(outage=(1.0, 4.0)))
    run = scan(world, checks(FULL, MANY))
    assert violations(world, run) == []
    assert outcomes(run)[(NF, None)] == 0

    world = World(Router(forwards=forwarded(MANY)), path=Path(outage=(1.0, math.inf)))
    run = scan(world, checks(FULL, MANY))
    assert run.controls.gone
    assert {run.outcome(p) for p in MANY} <= {PASS, INC}
    assert {run.finding(p).reason for p in MANY if run.outcome(p) is INC} == {Reason.LINK_LOSS}


@pytest.mark.parametrize(
    ("server", "error"),
    [
        (Server(second_dead_from=0.0), ServerError.SECOND_ADDRESS_UNREACHABLE),
        (Server(ignores_change=True), ServerError.IGNORES_CHANGE_REQUEST),
    ],
)
def test_a_server_that_cannot_do_test_2_leaves_ports_untested(
    server: Server, error: ServerError
) -> None:
    world = World(Router(forwards=forwarded(PORTS)), server=server)
    run = scan(world, checks(FULL))
    assert run.server_error is error
    assert {run.outcome(p) for p in PORTS} == {Outcome.UNTESTED}


def test_a_second_address_that_dies_during_the_scan_is_seen_by_change_controls() -> None:
    world = World(Router(forwards=forwarded(PORTS)), server=Server(second_dead_from=1.0))
    run = scan(world, checks(FULL))
    # One track: CHANGE-REQUESTs whose answers come from the other address.
    assert [track.change for track in run.controls.tracks] == [CHANGE_IP | CHANGE_PORT]
    assert violations(world, run) == []


@pytest.mark.parametrize("mapping", [AD, APD])
def test_a_second_address_that_dies_behind_a_symmetric_nat(mapping: Behaviour) -> None:
    """The preflight's CHANGE-REQUEST cannot come back to the control port, so the
    controls take turns between the primary address and the second address asked
    directly: the second address's death is seen, and the ports are left undecided."""
    world = World(
        Router(mapping=mapping, forwards=forwarded(PORTS)), server=Server(second_dead_from=1.0)
    )
    run = scan(world, checks(FULL))
    assert [track.destination for track in run.controls.tracks] == [PRIMARY, OTHER]
    assert violations(world, run) == []
    assert outcomes(run)[(NF, None)] == 0


def test_an_earlier_runs_control_port_checked_later() -> None:
    world = KINDS["masquerade"](PORTS)
    log = ContactLog()
    scan(world, checks(FULL, [9000]), log=log, control_port=50003)
    world.now += 2.0
    run = scan(world, checks(FULL, [50003]), log=log)
    assert violations(world, run) == []
    # The first run's preflight asked the second address from that port.
    assert (run.outcome(50003), run.finding(50003).reason) == (INC, Reason.RECENT_CONTACT)


@pytest.mark.xfail(
    strict=True,
    reason="Our own preflight and control port can be given a forwarded public port: its "
    "mapping towards the second address (address-dependent mapping, the kept port taken) "
    "or its first mapping (random allocation; pf's outbound NAT picks from 50001-65535 by "
    "default, where PBXact's 50003 and SwyxWare's 65002 lie) lands on 9003, forwarded to "
    "the PBX. Test 2's answer to 9003 then goes to our own port (not_forwarded), or the "
    "PBX's 9003 leaves from another port towards the primary address only "
    "(symmetric_nat); a stranger still gets in. The preflight's answers show our port's "
    "public ports towards both addresses: one equal to a checked port's number spoils it.",
)
@pytest.mark.parametrize(
    ("mapping", "allocation", "wrong"),
    [(AD, Allocation.PRESERVE, NF), (APD, Allocation.RANDOM, SYM)],
)
def test_our_own_port_given_a_forwarded_public_port(
    mapping: Behaviour, allocation: Allocation, wrong: Outcome
) -> None:
    world = World(Router(mapping=mapping, allocation=allocation, forwards=forwarded(PORTS)))
    world.router.rng = Picks([9003])  # the router's first random pick
    run = scan(world, checks(FULL))
    assert {run.outcome(p) for p in PORTS if p != 9003} == {PASS}
    assert run.outcome(9003) is not wrong
    assert violations(world, run) == []


def test_a_lossy_link_never_makes_the_server_look_unreachable() -> None:
    unreached = 0
    for seed in range(100):
        world = World(Router(forwards=forwarded(PORTS[:1])), path=Path(0.25, 0.25), seed=seed)
        run = scan(world, checks(FULL, PORTS[:1]), questions=False)
        unreached += not run.reached_server
    assert unreached == 0


# ---------------------------------------------------------------------------- safety


@st.composite
def setups(draw: st.DrawFn) -> tuple[World, list[tuple[float, list[PortCheck]]]]:
    ports = draw(st.lists(st.integers(9000, 9030), min_size=1, max_size=5, unique=True))
    forward_kind = draw(st.sampled_from(["none", "pbx", "other-public-port", "other-host"]))
    chosen = ports if draw(st.booleans()) else ports[: max(1, len(ports) // 2)]
    forwards = {
        "none": {},
        "pbx": forwarded(chosen),
        "other-public-port": forwarded(chosen, offset=10000),
        "other-host": forwarded(chosen, host=OTHER_LAN_HOST),
    }[forward_kind]
    router = Router(
        mapping=draw(st.sampled_from([EI, AD, APD])),
        filtering=draw(st.sampled_from([EI, AD, APD])),
        allocation=draw(st.sampled_from(list(Allocation))),
        forwards=forwards,
        wan_input_drop=draw(st.booleans()),
        blocked=frozenset(ports[:1]) if draw(st.integers(0, 9)) == 0 else frozenset(),
    )
    loss = draw(st.sampled_from([0.0, 0.05, 0.10]))
    world = World(
        router,
        path=Path(loss, loss),
        host=Host(firewall=draw(st.integers(0, 5)) == 0),
        seed=draw(st.integers(0, 2**16)),
    )
    requirement = st.sampled_from([FULL, OUT])
    runs = draw(
        st.lists(
            st.tuples(
                st.sampled_from([0.0, 2.0, 20.0]),
                st.permutations(ports).flatmap(
                    lambda order: st.tuples(*(requirement for _ in order)).map(
                        lambda reqs, order=order: [
                            PortCheck(p, r) for p, r in zip(order, reqs, strict=True)
                        ]
                    )
                ),
            ),
            min_size=1,
            max_size=3,
        )
    )
    return world, runs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setups())
def test_safety_over_behaviours_orders_loss_and_reruns(
    setup: tuple[World, list[tuple[float, list[PortCheck]]]],
) -> None:
    """(a) no pass the router does not really give, (b) no failure the model's truth
    contradicts, (c) every port's sequence ends within a bounded number of requests and
    every scan in bounded model time (``run_jobs`` raises past it)."""
    world, runs = setup
    log = ContactLog()
    for gap, port_checks in runs:
        world.now += gap
        run = scan(world, port_checks, log=log)
        assert violations(world, run) == []
        if run.reached_server:
            assert all(run.sequences[c.port].done for c in port_checks)


# ---------------------------------------------------------------------------- the link


def records(pattern: str, start: float = 0.0, step: float = 0.1) -> list[ControlRecord]:
    """Controls from a pattern: ``o`` answered, ``x`` lost, one every ``step`` seconds."""
    return [
        ControlRecord(start + i * step, mark == "o", 0.03 if mark == "o" else None)
        for i, mark in enumerate(pattern)
    ]


def test_windows_come_from_runs_of_failed_controls() -> None:
    assert DISTURBANCE_RUN == 3
    link = LinkEstimate.of(records("ooxxoooxxxoo" + "xxx"), 10.0)
    assert link.windows() == [pytest.approx((0.6, 1.0)), (pytest.approx(1.1), math.inf)]
    # Two in a row are ordinary loss; a run at the very start opens at minus infinity.
    assert LinkEstimate.of(records("oxxoxxo"), 1.0).windows() == []
    assert LinkEstimate.of(records("xxxo"), 1.0).windows() == [(-math.inf, pytest.approx(0.3))]


def test_windows_are_found_on_each_track() -> None:
    """Two tracks taking turns, the second silent from 1 s on: mixed together no three
    failures are in a row, on its own track the second one shows its window."""
    marks = "oo" * 5 + "ox" * 10
    mixed = [
        ControlRecord(i * 0.1, mark == "o", 0.03 if mark == "o" else None, track=i % 2)
        for i, mark in enumerate(marks)
    ]
    assert LinkEstimate.of([replace(r, track=0) for r in mixed], 3.0).windows() == []
    assert LinkEstimate.of(mixed, 3.0).windows() == [(pytest.approx(0.9), math.inf)]


def test_sends_in_a_window_or_after_settled_until_do_not_count() -> None:
    link = LinkEstimate.of(records("ooooxxxxoooo", step=1.0), settled_until=10.5)
    sends = [1.5, 3.0, 5.0, 7.5, 8.0, 9.5, 10.0, 11.0]
    # The window runs from the control at 3 s to the one at 8 s, both ends included.
    assert link.windows() == [(3.0, 8.0)]
    assert link.undisturbed(sends) == [1.5, 9.5, 10.0]
    assert link.doubt([5.0, 7.5, 11.0]) == 1.0  # nothing counts: nothing is proven
    assert not link.silence_proves([5.0, 7.5, 11.0])


def sends_needed(link: LinkEstimate, at: float) -> int | None:
    """Undisturbed silent sends around ``at`` before silence is evidence; None when even
    MAX_SENDS copies would not do."""
    for count in range(1, MAX_SENDS + 1):
        if link.silence_proves([at + i * 0.001 for i in range(count)]):
            return count
    return None


def lossy(loss: float, total: int = 400) -> LinkEstimate:
    """Controls every 50 ms losing ``loss`` of them evenly (never three in a row)."""
    lost = {int(i / loss) for i in range(int(total * loss))} if loss else set()
    marks = "".join("x" if i in lost else "o" for i in range(total))
    return LinkEstimate.of(records(marks, step=0.05), settled_until=total * 0.05)


def test_the_sends_a_silence_needs_grow_with_loss() -> None:
    needed = [sends_needed(lossy(loss), 10.0) for loss in (0.0, 0.05, 0.10, 0.25)]
    assert all(n is not None for n in needed)
    assert needed == sorted(needed)
    assert needed[0] < needed[-1]
    # A link that loses most of what it carries proves nothing, however often asked.
    assert sends_needed(lossy(0.6), 10.0) is None
    assert sends_needed(LinkEstimate(), 10.0) is None
    assert wilson_upper(0, 0) == 1.0


def test_a_send_is_judged_by_the_controls_around_it() -> None:
    # A lossy stretch (a throttle that bit), then a clean one: sends in the clean stretch
    # need fewer copies than sends in the lossy one.
    marks = "oxoxxoxoxxox" * 10 + "o" * 200
    link = LinkEstimate.of(records(marks, step=0.05), settled_until=100.0)
    assert link.loss_near(1.0) > link.loss_near(12.0)
    clean, rough = sends_needed(link, 12.0), sends_needed(link, 1.0)
    assert clean is not None and (rough is None or rough > clean)


def test_silence_proves_only_enough_undisturbed_sends() -> None:
    link = lossy(0.05)
    needed = sends_needed(link, 10.0)
    assert needed is not None and needed > 1
    sends = [10.0 + i * 0.001 for i in range(needed)]
    assert link.silence_proves(sends)
    assert not link.silence_proves(sends[:-1])
    late = LinkEstimate.of(link.records, settled_until=9.0)
    assert not late.silence_proves(sends)


# ---------------------------------------------------------------------------- the log

T = 1_700_000_000.0
PUBLIC = Address("203.0.113.1", 9000)
MOVED = Address("203.0.113.1", 9100)


def test_reached_ip_respects_lifetime_port_and_public_address() -> None:
    log = ContactLog()
    log.sent(9000, OTHER, T, PUBLIC)
    assert log.reached_ip(9000, OTHER.ip, T + STATE_LIFETIME - 1) == T
    assert log.reached_ip(9000, OTHER.ip, T + STATE_LIFETIME + 1) is None
    assert log.reached_ip(9001, OTHER.ip, T + 1) is None
    assert log.reached_ip(9000, PRIMARY.ip, T + 1) is None
    # Any port at that IP counts: address-dependent filtering lets them all in.
    log.sent(9002, Address(OTHER.ip, 1), T, PUBLIC)
    assert log.reached_ip(9002, OTHER.ip, T + 1) == T
    # Another mapping then: its state does not cover the one the port has now.
    assert log.reached_ip(9000, OTHER.ip, T + 1, MOVED) is None
    assert log.reached_ip(9000, OTHER.ip, T + 1, PUBLIC) == T
    # An unknown public address then may have been any.
    log.sent(9003, OTHER, T, None)
    assert log.reached_ip(9003, OTHER.ip, T + 1, MOVED) == T
    # The latest wins; a contact from the future (a clock set back) is not believed.
    log.sent(9000, OTHER, T + 50, PUBLIC)
    assert log.reached_ip(9000, OTHER.ip, T + 60) == T + 50
    log.sent(9004, OTHER, T + 3600, PUBLIC)
    assert log.reached_ip(9004, OTHER.ip, T) is None


def test_invited_from_matches_the_exact_address() -> None:
    log = ContactLog()
    log.invited(9000, OTHER, T, PUBLIC)
    assert log.invited_from(9000, OTHER, T + 1, PUBLIC) == T
    assert log.invited_from(9000, Address(OTHER.ip, PRIMARY.port), T + 1) is None
    assert log.invited_from(9000, OTHER, T + 1, MOVED) is None
    assert log.invited_from(9000, OTHER, T + STATE_LIFETIME + 1) is None
    assert log.reached_ip(9000, OTHER.ip, T + 1) is None  # an invitation is not a send


def test_json_round_trip() -> None:
    log = ContactLog()
    log.sent(9000, PRIMARY, T, None)
    log.invited(9000, OTHER, T + 1, PUBLIC)
    log.sent(9001, Address("2001:db8::1", 3478), T + 2, Address("2001:db8::2", 9001))
    again = ContactLog.from_json(log.to_json())
    assert len(again) == 3
    assert again.reached_ip(9000, PRIMARY.ip, T + 5) == T
    assert again.invited_from(9000, OTHER, T + 5, PUBLIC) == T + 1
    assert again.reached_ip(9001, "2001:db8::1", T + 5, Address("2001:db8::2", 9001)) == T + 2
    assert again.to_json() == log.to_json()


def test_pruned_and_loaded_logs_forget_what_a_router_forgot(tmp_path: FilePath) -> None:
    log = ContactLog()
    log.sent(9000, OTHER, T, PUBLIC)
    log.sent(9001, OTHER, T + STATE_LIFETIME, PUBLIC)
    path = tmp_path / "contacts.json"
    assert log.save(path, T + STATE_LIFETIME + 10)
    loaded = ContactLog.load(path, T + STATE_LIFETIME + 10)
    assert len(loaded) == 1
    assert loaded.reached_ip(9001, OTHER.ip, T + STATE_LIFETIME + 10) == T + STATE_LIFETIME


VALID_ROW = [9000, "sent", "192.0.2.11:3479", None, T]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "null",
        "[1, 2, 3]",
        '{"contacts": "many"}',
        '{"contacts": {"9000": []}}',
        '{"version": 1}',
        json.dumps({"contacts": [[9000, "sent"], [70000, "sent", "1.2.3.4:5", None, T]]}),
        json.dumps({"contacts": [[9000, "seen", "1.2.3.4:5", None, T]]}),
        json.dumps({"contacts": [[9000, "sent", "no-port", None, T]]}),
        json.dumps({"contacts": [[9000, "sent", ":5", None, T]]}),
        json.dumps({"contacts": [[9000, "sent", "1.2.3.4:5", None, "noon"]]}),
        json.dumps({"contacts": [[{"port": 9000}, "sent", "1.2.3.4:5", None, T]]}),
        '{"contacts": [[' + "9" * 5000 + ', "sent", "1.2.3.4:5", null, 1]]}',
        json.dumps({"contacts": [VALID_ROW] + [0] * contacts.MAX_RECORDS}),
    ],
    ids=lambda text: text[:40] if len(text) < 1000 else "over MAX_RECORDS rows",
)
def test_garbage_loads_as_an_empty_log(tmp_path: FilePath, text: str) -> None:
    path = tmp_path / "contacts.json"
    path.write_text(text, encoding="utf-8")
    assert len(ContactLog.load(path, T)) == 0
    assert len(ContactLog.from_json(text)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        '{"contacts": [[1e999, "sent", "1.2.3.4:5", null, 1]]}',
    ],
    ids=["deeply-nested", "infinite-port"],
)
def test_pathological_files_load_as_an_empty_log(tmp_path: FilePath, text: str) -> None:
    path = tmp_path / "contacts.json"
    path.write_text(text, encoding="utf-8")
    assert len(ContactLog.load(path, T)) == 0


def test_unreadable_files_load_as_an_empty_log(tmp_path: FilePath) -> None:
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert len(ContactLog.load(binary, T)) == 0
    assert len(ContactLog.load(tmp_path, T)) == 0  # a directory
    assert len(ContactLog.load(tmp_path / "missing.json", T)) == 0
    assert len(ContactLog.load(None, T)) == 0


def test_save_replaces_the_file_atomically(
    tmp_path: FilePath, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state" / "contacts.json"
    first, second = ContactLog(), ContactLog()
    first.sent(9000, OTHER, T, PUBLIC)
    second.sent(9001, OTHER, T, PUBLIC)
    assert first.save(path, T)
    assert second.save(path, T)
    assert ContactLog.load(path, T).reached_ip(9001, OTHER.ip, T) == T
    assert ContactLog.load(path, T).reached_ip(9000, OTHER.ip, T) is None
    assert sorted(p.name for p in path.parent.iterdir()) == ["contacts.json"]

    # A failure at the last step leaves the old file whole and no temporary behind.
    def refuse(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(contacts.os, "replace", refuse)
    assert not first.save(path, T)
    assert ContactLog.load(path, T).reached_ip(9001, OTHER.ip, T) == T
    assert sorted(p.name for p in path.parent.iterdir()) == ["contacts.json"]


def test_save_to_an_unwritable_path_returns_false(tmp_path: FilePath) -> None:
    log = ContactLog()
    log.sent(9000, OTHER, T, PUBLIC)
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert log.save(blocker / "contacts.json", T) is False  # its folder is a file
    assert log.save(tmp_path, T) is False  # a directory in the way
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".contacts-")] == []
    assert log.save(None, T) is False
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert log.save(locked / "contacts.json", T) is False
