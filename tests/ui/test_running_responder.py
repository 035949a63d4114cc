"""The running page with a responder: what it asks the engine for, and how it shows the
responder's probes from outside, the TCP ports and the SIP ALG test as they come.

The engine's ``run_scan`` is replaced by one that records its arguments and waits, so the
events arrive when the test sends them and no server is asked."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from wizard.catalog import get_product
from wizard.engine import runner
from wizard.engine.model import (
    Address,
    NatSummary,
    Outcome,
    Phase,
    PhaseStarted,
    PortDone,
    PortResult,
    Protocol,
    Requirement,
    ScanFinished,
    ScanResult,
    ScanStarted,
    TcpSeen,
    Verdict,
    Witness,
)
from wizard.engine.resolve import ServerSpec
from wizard.engine.witness import ResponderSettings
from wizard.ui import port_table
from wizard.ui.running_page import RunningPage
from wizard.ui.session import Session

PUBLIC = "198.51.100.7"
UDP_PORTS = [5060, *range(9000, 9010)]


def udp(port: int, **changes) -> PortResult:
    values = dict(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.PASS,
        mapped=Address(PUBLIC, port),
        test1=True,
        test2=True,
        test2_by=Witness.STUN,
    )
    values.update(changes)
    return PortResult(**values)


def tcp(port: int, outcome: Outcome, seen: TcpSeen) -> PortResult:
    return PortResult(
        port, Requirement.INBOUND_TCP, outcome, None, None, None,
        protocol=Protocol.TCP, responder=outcome is Outcome.PASS, tcp_seen=seen,
    )  # fmt: skip


class Engine:
    """``run_scan`` as the page calls it; it ends when the test says so."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.finish: asyncio.Future | None = None

    async def run_scan(self, product, checks, settings, on_event, manual=()):
        self.calls.append((product, checks, settings, manual))
        self.finish = asyncio.get_running_loop().create_future()
        result = await self.finish
        on_event(ScanFinished(result))
        return result


@pytest.fixture
def engine(monkeypatch) -> Engine:
    fake = Engine()
    monkeypatch.setattr(runner, "run_scan", fake.run_scan)

    # The row's protocol as ``wizard.presentation`` gives it.
    port_row = port_table.port_row
    monkeypatch.setattr(
        port_table, "port_row", lambda result: replace(port_row(result), protocol=result.protocol)
    )
    return fake


def test_the_responder_is_asked_and_its_phases_and_tcp_ports_are_shown(qloop, qtbot, engine):
    session = Session(
        product=get_product("3cx"),
        ports=UDP_PORTS,
        servers=[ServerSpec("127.0.0.1", 3478)],
        responder="responder.example.net:3480",
        responder_secret="s3cret",
        tcp_ports=[22, 5060],
    )
    page = RunningPage(session)
    qtbot.addWidget(page)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: bool(engine.calls), timeout=2000)
    product, checks, settings, manual = engine.calls[0]
    assert [c.port for c in checks] == UDP_PORTS
    assert settings.responder == ResponderSettings(
        "responder.example.net:3480", b"s3cret", (22, 5060), 5060, True
    )
    # 3CX's TCP rules the responder does not test stay for a person; 5060/TCP does not.
    assert sorted(check.ports for check in manual) == ["443", "5000", "5001", "5061", "5090"]

    total = len(UDP_PORTS) + 2
    assert page.progress.maximum() == total  # the TCP ports count
    assert page.grid.ports(Protocol.TCP) == [22, 5060]
    assert page.grid.isVisibleTo(page)

    # The engine counts the UDP ports it checks ...
    page.on_event(ScanStarted(len(UDP_PORTS)))
    for done, port in enumerate(UDP_PORTS, 1):
        page.on_event(PortDone(udp(port), done, len(UDP_PORTS)))
    page._flush()
    assert (page.progress.value(), page.progress.maximum()) == (len(UDP_PORTS), total)
    # ... then the responder works with nothing to count until its results come.
    page.on_event(PhaseStarted(Phase.RESPONDER, len(UDP_PORTS) + 2))
    assert page.pace.text() == "Probing the ports from outside (responder)…"
    assert page.pace.isVisibleTo(page)
    page._flush()
    assert page.progress.maximum() == 0  # busy, not a bar standing still
    page.on_event(PhaseStarted(Phase.SIP_ALG, 1))
    assert page.pace.text() == "Testing for a SIP helper on the router…"
    page._flush()
    assert page.progress.maximum() == 0

    # The finished result brings the TCP ports, and the responder's word on the UDP ones.
    ports = (
        udp(5060, test2_by=Witness.BOTH, responder=True),
        *(udp(port) for port in UDP_PORTS[1:]),
        tcp(22, Outcome.PASS, TcpSeen.CONNECTED),
        tcp(5060, Outcome.NOT_FORWARDED, TcpSeen.TIMEOUT),
    )
    result = ScanResult(Verdict.NOT_FORWARDED, "3cx", (), NatSummary(PUBLIC), ports, 2.0)
    engine.finish.set_result(result)
    qtbot.waitUntil(lambda: page.finished, timeout=2000)
    assert session.result is result
    assert page.progress.maximum() == total and page.progress.value() == total
    assert not page.pace.isVisible()
    assert page.grid.outcome_of(5060, Protocol.TCP) is Outcome.NOT_FORWARDED
    assert page.grid.outcome_of(5060) is Outcome.PASS
    assert page.grid.counts() == {Outcome.PASS: len(UDP_PORTS) + 1, Outcome.NOT_FORWARDED: 1,
                                  None: 0}  # fmt: skip
    rows = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert rows[0] == "5060" and rows[-2:] == ["22/TCP", "5060/TCP"]
    assert len(rows) == total  # the result's UDP ports took their own rows again


def test_tcp_ports_reported_one_by_one_are_counted_as_they_come(qloop, qtbot, engine):
    session = Session(
        product=get_product("3cx"),
        ports=UDP_PORTS,
        servers=[ServerSpec("127.0.0.1", 3478)],
        responder="responder.example.net",
        tcp_ports=[22, 5060],
    )
    page = RunningPage(session)
    qtbot.addWidget(page)
    page.start()
    qtbot.waitUntil(lambda: bool(engine.calls), timeout=2000)
    udp_total = len(UDP_PORTS)
    for done, port in enumerate(UDP_PORTS, 1):
        page.on_event(PortDone(udp(port), done, udp_total))
    page.on_event(PhaseStarted(Phase.RESPONDER, udp_total + 2))
    page.on_event(PortDone(tcp(22, Outcome.PASS, TcpSeen.CONNECTED), udp_total, udp_total))
    page._flush()
    assert (page.progress.value(), page.progress.maximum()) == (udp_total + 1, udp_total + 2)
    assert page.grid.outcome_of(22, Protocol.TCP) is Outcome.PASS
    page.cancel()


def test_without_a_responder_nothing_is_asked_of_one(qloop, qtbot, engine):
    session = Session(
        product=get_product("3cx"), ports=UDP_PORTS, servers=[ServerSpec("127.0.0.1", 3478)]
    )
    page = RunningPage(session)
    qtbot.addWidget(page)
    page.start()
    qtbot.waitUntil(lambda: bool(engine.calls), timeout=2000)
    _, _, settings, manual = engine.calls[0]
    assert settings.responder is None
    assert "5060" in [check.ports for check in manual]  # 5060/TCP is for a person again
    assert page.progress.maximum() == len(UDP_PORTS)
    assert page.grid.ports(Protocol.TCP) == []
    page.cancel()
