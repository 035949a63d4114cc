"""Whole scans against real STUN servers on loopback (coturn, and a misbehaving one)."""

from __future__ import annotations

import asyncio

import psutil
import pytest
from fakestun import Behaviour, FakeStunServer
from netutil import free_ports

from wizard.engine.model import (
    Behaviour as Nat,
)
from wizard.engine.model import (
    FirewallInbound,
    HostFirewall,
    Outcome,
    PortCheck,
    PortDone,
    PortStarted,
    Reason,
    Requirement,
    ScanFinished,
    ScanStarted,
    ServerChecked,
    ServerError,
    StateWait,
    Verdict,
)
from wizard.engine.resolve import parse_server
from wizard.engine.runner import ScanSettings, run_scan


def settings(*servers: str, **kw) -> ScanSettings:
    kw.setdefault("rate", 500)
    kw.setdefault("timeout", 0.5)
    return ScanSettings([parse_server(s) for s in servers], **kw)


def open_udp_sockets() -> int:
    return len(psutil.Process().net_connections(kind="udp"))


async def test_all_ports_pass_against_coturn(coturn):
    ports = free_ports(12)
    events = []
    result = await run_scan(
        "custom", [PortCheck(p) for p in ports], settings(coturn.spec), events.append
    )
    assert result.verdict is Verdict.SUCCESS
    assert [p.port for p in result.ports] == ports
    for port in result.ports:
        assert port.outcome is Outcome.PASS
        assert (port.test1, port.test2) == (True, True)
        assert str(port.mapped) == f"127.0.0.1:{port.port}"
    assert result.server_used is not None
    assert str(result.server_used.other_address) == f"127.0.0.2:{coturn.port + 1}"
    assert result.nat.mapping is Nat.ENDPOINT_INDEPENDENT
    assert result.nat.filtering is Nat.ENDPOINT_INDEPENDENT
    assert result.nat.port_preserving is True
    # Events: start, the server, each port started and done, the end.
    assert isinstance(events[0], ScanStarted) and events[0].total == 12
    assert isinstance(events[1], ServerChecked)
    assert sum(isinstance(e, PortStarted) for e in events) == 12
    done = [e for e in events if isinstance(e, PortDone)]
    assert sorted(e.done for e in done) == list(range(1, 13))
    assert isinstance(events[-1], ScanFinished) and events[-1].result is result


async def test_a_port_held_by_another_program_names_it(coturn, hold_udp_port):
    ports = free_ports(4)
    holder = hold_udp_port(ports[2])
    result = await run_scan("custom", [PortCheck(p) for p in ports], settings(coturn.spec))
    assert result.verdict is Verdict.PORT_IN_USE
    held = result.ports[2]
    assert held.outcome is Outcome.PORT_IN_USE
    assert held.process is not None and held.process.pid == holder.pid
    assert held.process.name == psutil.Process(holder.pid).name()
    assert held.commands == (f"ss -lunp 'sport = :{ports[2]}'", f"lsof -nP -iUDP:{ports[2]}")
    assert held.test1 is None
    assert [p.outcome for p in result.ports if p.port != ports[2]] == [Outcome.PASS] * 3


async def test_first_fit_server_is_used_and_later_ones_not_tried(coturn, coturn_single):
    ports = free_ports(2)
    result = await run_scan(
        "custom",
        [PortCheck(p) for p in ports],
        settings("127.0.0.1:9", coturn_single.spec, coturn.spec, "127.0.0.1:7"),
    )
    assert result.verdict is Verdict.SUCCESS
    errors = [s.error for s in result.servers]
    assert errors == [
        ServerError.NO_RESPONSE,
        ServerError.NO_SECOND_ADDRESS,
        None,
        ServerError.NOT_TRIED,
    ]
    assert result.server_used is not None and result.server_used.server == coturn.spec


async def test_server_without_second_address_still_runs_test1(coturn_single):
    ports = free_ports(3)
    result = await run_scan("custom", [PortCheck(p) for p in ports], settings(coturn_single.spec))
    assert result.verdict is Verdict.STUN_NO_SECOND_ADDRESS
    assert result.servers[0].error is ServerError.NO_SECOND_ADDRESS
    assert [(p.test1, p.test2, p.outcome) for p in result.ports] == [
        (True, None, Outcome.UNTESTED)
    ] * 3
    assert all(str(p.mapped) == f"127.0.0.1:{p.port}" for p in result.ports)


async def test_server_that_ignores_change_requests_is_never_a_pass():
    server = await FakeStunServer(behaviour=Behaviour(honour_change=False)).start()
    try:
        ports = free_ports(3)
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    assert result.verdict is Verdict.STUN_NO_SECOND_ADDRESS
    assert result.servers[0].error is ServerError.IGNORES_CHANGE_REQUEST
    assert Outcome.PASS not in {p.outcome for p in result.ports}
    assert all(p.test1 for p in result.ports)


async def test_unreachable_server():
    result = await run_scan("custom", [PortCheck(50000)], settings("127.0.0.1:9"))
    assert result.verdict is Verdict.STUN_UNREACHABLE
    assert result.servers[0].error is ServerError.NO_RESPONSE
    assert result.ports == ()


async def test_outbound_rules_pass_without_test2():
    # The server would answer test 2, but an outbound rule does not even ask for it.
    server = await FakeStunServer().start()
    try:
        ports = free_ports(2)
        checks = [PortCheck(p, Requirement.OUTBOUND) for p in ports]
        result = await run_scan("swyxware", checks, settings(server.spec))
    finally:
        server.close()
    assert result.verdict is Verdict.SUCCESS
    assert all(p.requirement is Requirement.OUTBOUND for p in result.ports)
    assert all(p.test2 is None and p.mapped_other == p.mapped for p in result.ports)
    assert not set(ports) & set(server.behaviour.change_from)


async def fake_scan(behaviour: Behaviour, count: int = 20, **kw):
    server = await FakeStunServer(behaviour=behaviour).start()
    try:
        ports = free_ports(count)
        result = await run_scan(
            "custom", [PortCheck(p) for p in ports], settings(server.spec, **kw)
        )
    finally:
        server.close()
    return result, ports


async def test_a_dead_second_address_is_the_servers_fault_not_the_routers():
    result, _ = await fake_scan(Behaviour(alt_dead=True))
    assert result.verdict is Verdict.STUN_NO_SECOND_ADDRESS
    assert result.servers[0].error is ServerError.SECOND_ADDRESS_UNREACHABLE
    assert {p.outcome for p in result.ports} == {Outcome.UNTESTED}
    assert all(p.test1 for p in result.ports)


async def test_change_requests_dropped_silently_make_the_server_unfit():
    result, _ = await fake_scan(Behaviour(drop_change=True))
    assert result.verdict is Verdict.STUN_NO_SECOND_ADDRESS
    assert result.servers[0].error is ServerError.CHANGE_REQUEST_UNANSWERED
    assert Outcome.NOT_FORWARDED not in {p.outcome for p in result.ports}


async def test_a_wrong_source_on_some_ports_makes_every_test2_result_untested():
    ports = free_ports(6)
    behaviour = Behaviour(ignore_change_from=frozenset(ports[:2]))
    server = await FakeStunServer(behaviour=behaviour).start()
    try:
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    assert result.verdict is Verdict.STUN_NO_SECOND_ADDRESS
    assert result.servers[0].error is ServerError.IGNORES_CHANGE_REQUEST
    assert result.server_used.error is ServerError.IGNORES_CHANGE_REQUEST
    # Consistent with the verdict: no port keeps a result that stands on test 2.
    assert {p.outcome for p in result.ports} == {Outcome.UNTESTED}


async def test_an_answer_without_an_address_is_not_blamed_on_outgoing_traffic():
    ports = free_ports(3)
    server = await FakeStunServer(behaviour=Behaviour(unmapped_for=frozenset(ports[:1]))).start()
    try:
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    first = result.ports[0]
    assert (first.outcome, first.reason) == (Outcome.INCONCLUSIVE, Reason.BAD_REPLY)
    assert [p.outcome for p in result.ports[1:]] == [Outcome.PASS] * 2
    assert result.verdict is Verdict.INCONCLUSIVE


async def test_random_loss_is_retested_not_blamed_on_the_router():
    # 15 % of requests and 15 % of answers lost: every port still passes, some only on
    # a retest, and the link figures show the loss.
    result, ports = await fake_scan(Behaviour(loss=0.15, seed=7), count=60, timeout=0.4)
    assert result.verdict is Verdict.SUCCESS, [p.outcome for p in result.ports]
    assert result.link is not None
    assert 10 < result.link.loss_pct < 45
    assert result.link.controls_sent >= 20


async def test_a_throttling_server_slows_the_scan_instead_of_failing_ports():
    result, _ = await fake_scan(Behaviour(rate=60.0), count=60, rate=400, timeout=0.4)
    assert result.verdict is Verdict.SUCCESS, [p.outcome for p in result.ports]
    assert result.link is not None
    assert result.link.slowed_down >= 1
    assert result.link.rate_reached < 400
    assert result.link.rate_ceiling == 400


async def test_cancel_stops_at_once_and_closes_every_socket(coturn):
    ports = free_ports(200)
    before = open_udp_sockets()
    started = asyncio.Event()

    def on_event(event):
        if isinstance(event, PortDone) and event.done >= 5:
            started.set()

    scan = asyncio.create_task(
        run_scan("custom", [PortCheck(p) for p in ports], settings(coturn.spec, rate=100), on_event)
    )
    await asyncio.wait_for(started.wait(), 10)
    assert open_udp_sockets() > before
    loop = asyncio.get_running_loop()
    cancelled_at = loop.time()
    scan.cancel()
    with pytest.raises(asyncio.CancelledError):
        await scan
    assert loop.time() - cancelled_at < 1.0
    await asyncio.sleep(0)  # let transports finish closing
    assert open_udp_sockets() == before


async def test_a_server_that_goes_silent_mid_scan_leaves_ports_undecided_not_failed():
    server = await FakeStunServer().start()
    ports = free_ports(80)
    seen = []

    def on_event(event):
        if isinstance(event, PortDone):
            seen.append(event.result)
            if len(seen) == 10:
                server.behaviour.silent = True  # the server (or the link) is gone

    try:
        result = await asyncio.wait_for(
            run_scan(
                "custom",
                [PortCheck(p) for p in ports],
                settings(server.spec, rate=100, give_up_after=1.0),
                on_event,
            ),
            30,
        )
    finally:
        server.close()
    outcomes = {p.outcome for p in result.ports}
    assert outcomes <= {Outcome.PASS, Outcome.INCONCLUSIVE}, outcomes
    assert Outcome.INCONCLUSIVE in outcomes
    assert result.verdict is Verdict.INCONCLUSIVE
    assert all(p.reason is Reason.LINK_LOSS for p in result.ports if p.outcome is not Outcome.PASS)
    assert result.link is not None and result.link.paused_s >= 1.0


async def test_a_port_listed_twice_is_checked_once():
    server = await FakeStunServer().start()
    ports = free_ports(3)
    events = []
    try:
        checks = [PortCheck(p) for p in ports] + [PortCheck(ports[1], Requirement.OUTBOUND)]
        result = await run_scan("custom", checks, settings(server.spec), events.append)
    finally:
        server.close()
    assert [p.port for p in result.ports] == ports
    assert result.ports[1].requirement is Requirement.FULL_CONE  # the first rule wins
    assert result.verdict is Verdict.SUCCESS
    done = [e for e in events if isinstance(e, PortDone)]
    assert max(e.done for e in done) == 3 and all(e.total == 3 for e in done)


async def test_a_re_run_remembers_what_the_first_one_sent(tmp_path):
    # An outbound port asks the server's other IP; the same port checked next as full
    # cone must not pass on the state that left behind.
    server = await FakeStunServer().start()
    (port,) = free_ports(1)
    log = tmp_path / "contacts.json"
    try:
        first = await run_scan(
            "custom",
            [PortCheck(port, Requirement.OUTBOUND)],
            settings(server.spec, contact_log=log),
        )
        second = await run_scan("custom", [PortCheck(port)], settings(server.spec, contact_log=log))
        fresh = await run_scan("custom", [PortCheck(port)], settings(server.spec))
    finally:
        server.close()
    assert first.verdict is Verdict.SUCCESS
    assert (second.ports[0].outcome, second.ports[0].reason) == (
        Outcome.INCONCLUSIVE,
        Reason.RECENT_CONTACT,
    )
    assert second.verdict is Verdict.INCONCLUSIVE
    assert fresh.ports[0].outcome is Outcome.PASS  # no memory, no doubt
    assert log.exists()


async def _three_runs(server, port, log, monkeypatch, hold=1.5):
    from wizard.engine import runner

    monkeypatch.setattr(runner, "INVITED_HOLD", hold)
    runs = []
    for _ in range(3):
        events: list = []
        server.behaviour.changed_from.clear()
        result = await run_scan(
            "custom", [PortCheck(port)], settings(server.spec, contact_log=log), events.append
        )
        other_ip = server.alt_ip
        asked = {
            "other port" if address == (other_ip, server.alt_port) else "primary port"
            for source, address in server.behaviour.changed_from
            if source == port
        }
        waits = [e.seconds for e in events if isinstance(e, StateWait)]
        runs.append((result, asked, waits))
    return runs


@pytest.mark.parametrize("ip_only_as_both", [False, True], ids=["server", "no-ip-only"])
async def test_a_re_run_takes_test_2_from_the_address_the_last_one_did_not_use(
    tmp_path, monkeypatch, ip_only_as_both
):
    # A router may still hold state for the first run's test 2 answers (from the other
    # IP and port): the second run has its answers come from the other IP's primary port
    # (its test 1 goes to the primary IP's other port, so even a server that cannot
    # change the IP alone serves it), and the third, with both used moments ago, waits
    # for the router to forget.
    behaviour = Behaviour(ip_only_as_both=ip_only_as_both)
    server = await FakeStunServer(behaviour=behaviour).start()
    (port,) = free_ports(1)
    try:
        runs = await _three_runs(server, port, tmp_path / "contacts.json", monkeypatch)
    finally:
        server.close()
    assert [r.verdict for r, _, _ in runs] == [Verdict.SUCCESS] * 3
    assert all(r.server_used.error is None for r, _, _ in runs)
    assert [asked for _, asked, _ in runs] == [{"other port"}, {"primary port"}, {"other port"}]
    assert runs[0][2] == runs[1][2] == []
    (wait,) = runs[2][2]
    assert 0 < wait <= 1.5 + 0.5  # the hold and one time-out at most


async def test_a_firewall_reader_that_fails_leaves_the_firewall_unknown(coturn):
    def broken(ports):
        raise RuntimeError("PowerShell said no")

    ports = free_ports(3)
    result = await run_scan(
        "custom",
        [PortCheck(p) for p in ports],
        settings(coturn.spec, host_firewall=broken, preopen_verified=False),
    )
    assert result.verdict is Verdict.SUCCESS  # a pass is a pass, whatever the firewall
    assert result.firewall is not None
    assert result.firewall.inbound is FirewallInbound.UNKNOWN
    assert result.firewall.detail == "PowerShell said no"
    assert result.firewall.preopen is True
    assert result.as_dict()["firewall"]["inbound"] == "unknown"


async def test_the_firewall_is_read_for_the_checked_ports(coturn):
    asked = []

    def reader(ports):
        asked.append(list(ports))
        return HostFirewall(FirewallInbound.OPEN, product="test")

    ports = free_ports(3)
    result = await run_scan(
        "custom", [PortCheck(p) for p in ports], settings(coturn.spec, host_firewall=reader)
    )
    assert asked == [sorted(ports)]
    assert result.firewall is not None and result.firewall.product == "test"
