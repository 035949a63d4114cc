"""The reports a customer sends to support, built from hand-made results (no network)."""

from __future__ import annotations

import ast
import json
import random
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from wizard import __version__, report
from wizard.engine.model import (
    Address,
    Behaviour,
    NatSummary,
    Outcome,
    PortResult,
    ProcessInfo,
    Requirement,
    ScanResult,
    ServerError,
    ServerStatus,
    Verdict,
)
from wizard.report import (
    MAX_TABLE_ROWS,
    group_ports,
    html_report,
    json_document,
    summary_text,
    to_json,
)
from wizard.verdicts import (
    behaviour_text,
    explain_outcome,
    explain_verdict,
    outcome_label,
    server_error_text,
    verdict_message,
)

PUBLIC_IP = "203.0.113.7"
CREATED = datetime(2024, 5, 6, 14, 3, tzinfo=timezone(timedelta(hours=2)))

SERVER = ServerStatus(
    server="stun.example.net:3478",
    addresses=(Address("198.51.100.1", 3478),),
    primary=Address("198.51.100.1", 3478),
    other_address=Address("198.51.100.2", 3479),
)
SPARE = ServerStatus(server="stun2.example.net:3478", error=ServerError.NOT_TRIED)
NAT = NatSummary(
    public_ip=PUBLIC_IP,
    mapping=Behaviour.ENDPOINT_INDEPENDENT,
    filtering=Behaviour.ENDPOINT_INDEPENDENT,
    port_preserving=True,
)
MANUAL = (
    {
        "ports": "5090",
        "protocol": "tcp",
        "direction": "both",
        "purpose": "3CX tunnel over TCP",
        "requirement": "inbound-tcp",
        "required": True,
        "destinations": None,
        "public_port": None,
    },
)


def passed(port: int) -> PortResult:
    return PortResult(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.PASS,
        mapped=Address(PUBLIC_IP, port),
        test1=True,
        test2=True,
    )


def not_forwarded(port: int) -> PortResult:
    return PortResult(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.NOT_FORWARDED,
        mapped=Address(PUBLIC_IP, port),
        test1=True,
        test2=False,
    )


def held(port: int, name: str = "<evil>&", pid: int = 4242) -> PortResult:
    return PortResult(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.PORT_IN_USE,
        mapped=None,
        test1=None,
        test2=None,
        process=ProcessInfo(pid=pid, name=name),
        commands=(
            f'netstat -ano | findstr /I /C:"PID" /C:":{port}"',
            f'tasklist /fi "pid eq {pid}"',
        ),
    )


def scan(verdict: Verdict, ports, **changes) -> ScanResult:
    values = dict(
        verdict=verdict,
        product="3cx",
        servers=(SERVER, SPARE),
        nat=NAT,
        ports=tuple(ports),
        elapsed_s=12.5,
        server_used=SERVER,
        manual=MANUAL,
    )
    values.update(changes)
    return ScanResult(**values)


@pytest.fixture
def success() -> ScanResult:
    return scan(Verdict.SUCCESS, [passed(p) for p in range(9000, 9010)])


@pytest.fixture
def partial() -> ScanResult:
    """2000 media ports; the last 20 are not forwarded (a rule that ends too early)."""
    ports = [passed(p) for p in range(9000, 10980)]
    ports += [not_forwarded(p) for p in range(10980, 11000)]
    return scan(Verdict.PARTIAL, ports)


@pytest.fixture
def in_use() -> ScanResult:
    ports = [held(p) for p in (5060, 5061)] + [passed(p) for p in range(9000, 9010)]
    return scan(Verdict.PORT_IN_USE, ports)


@pytest.fixture
def dns_failure() -> ScanResult:
    servers = (
        ServerStatus(
            server="stun.nosuch.example:3478",
            error=ServerError.NAME_NOT_FOUND,
            detail="[Errno -2] Name or service not known",
        ),
    )
    return scan(
        Verdict.DNS_FAILURE,
        [],
        servers=servers,
        nat=NatSummary(),
        server_used=None,
        manual=(),
        elapsed_s=0.4,
    )


class _Text(HTMLParser):
    """The text a reader sees: no tags, no style sheet, no document title."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title", "script"):
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible(document: str) -> str:
    parser = _Text()
    parser.feed(document)
    parser.close()
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def render(result: ScanResult, **options) -> str:
    options.setdefault("created", CREATED)
    return html_report(result, "3CX", **options)


def assert_self_contained(document: str) -> None:
    lowered = document.lower()
    assert "http://" not in lowered
    assert "https://" not in lowered
    assert 'src="http' not in lowered
    assert "<script" not in lowered
    assert "<link" not in lowered
    assert "url(" not in lowered
    assert "@import" not in lowered


# --- Grouping ----------------------------------------------------------------------------------


def test_neighbouring_ports_that_ended_alike_make_one_group(partial):
    groups = group_ports(partial.ports)
    assert [(g[0].port, g[-1].port) for g in groups] == [(9000, 10979), (10980, 10999)]


def test_a_gap_a_new_offset_or_another_process_starts_a_new_group():
    shifted = PortResult(
        port=9003,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.PASS,
        mapped=Address(PUBLIC_IP, 19003),
        test1=True,
        test2=True,
    )
    ports = [passed(9000), passed(9001), passed(9005), shifted]
    assert [len(g) for g in group_ports(sorted(ports, key=lambda p: p.port))] == [2, 1, 1]
    assert [len(g) for g in group_ports([held(1, "a"), held(2, "a"), held(3, "b")])] == [2, 1]
    assert group_ports([]) == []


# --- JSON stays the contract -------------------------------------------------------------------


def test_json_document_is_unchanged(partial):
    document = json_document(partial)
    assert list(document)[:2] == ["verdict", "message"]
    assert document["verdict"] == "partial"
    assert document["message"] == verdict_message(Verdict.PARTIAL)
    assert document["tool_version"] == __version__
    assert len(document["ports"]) == 2000
    assert document["ports"][-1]["outcome"] == "not_forwarded"
    expected = partial.as_dict()
    del expected["verdict"]
    for key, value in expected.items():
        assert document[key] == value
    assert json.loads(to_json(partial)) == document


# --- Plain text for the clipboard --------------------------------------------------------------


def test_summary_names_the_verdict_the_public_ip_and_the_failing_ranges(partial):
    text = summary_text(partial, "3CX", created=CREATED)
    lines = text.splitlines()
    assert 5 <= len(lines) <= 10
    assert verdict_message(Verdict.PARTIAL) in text
    assert "3CX" in text
    assert PUBLIC_IP in text
    assert "Ports checked: 2000 (Passed: 1980, Not forwarded: 20)" in text
    assert "Not forwarded: 1980" not in text
    assert "Not forwarded: 20" in text
    assert f"{outcome_label(Outcome.NOT_FORWARDED)}: 10980–10999" in text
    assert __version__ in text
    assert "2024-05-06 14:03" in text


def test_summary_without_ports(dns_failure):
    text = summary_text(dns_failure, "3CX")
    assert verdict_message(Verdict.DNS_FAILURE) in text
    assert "No port was checked." in text


# --- The HTML report ---------------------------------------------------------------------------


def test_success_report(success):
    document = render(success, version="20", pbx_address="192.168.1.10", computer="PBX-01")
    assert document.startswith("<!DOCTYPE html>")
    assert_self_contained(document)
    text = visible(document)
    assert "PBX firewall check – 3CX 20" in text
    assert "2024-05-06 14:03" in text
    assert "PBX-01" in text
    assert "192.168.1.10" in text
    assert verdict_message(Verdict.SUCCESS) in text
    assert explain_verdict(Verdict.SUCCESS).summary in text
    assert PUBLIC_IP in text
    assert behaviour_text("mapping", Behaviour.ENDPOINT_INDEPENDENT) in text
    assert "endpoint-independent mapping" in text
    assert "9000–9009" in text
    assert "What failed" not in text
    assert f"Created with PBX Firewall Wizard {__version__}" in text
    assert "#009E73" in document  # the green badge


def test_sections_come_in_the_agreed_order(partial):
    text = visible(render(partial, computer="PBX-01"))
    order = [
        "PBX firewall check – 3CX",
        "PBX-01",
        "Tool version",
        verdict_message(Verdict.PARTIAL),
        explain_verdict(Verdict.PARTIAL).steps[0],
        "How the router translates addresses (NAT)",
        "STUN servers tried",
        "What failed, and what to do",
        "Every checked port",
        "Check by hand (STUN cannot test these)",
        "Created with PBX Firewall Wizard",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)


def test_partial_report_stays_compact_and_explains_the_failure(partial):
    document = render(partial)
    assert_self_contained(document)
    assert document.count('class="swatch"') == 2  # one table row per group, not per port
    assert len(document) < 40_000
    text = visible(document)
    about = explain_outcome(Outcome.NOT_FORWARDED, Requirement.FULL_CONE)
    assert about.title in text
    assert about.summary in text
    assert about.steps[0] in text
    assert "Affected ports (20): 10980–10999" in text
    assert "9000–10979 1980 Passed" in text
    assert f"{PUBLIC_IP}:10980–10999" in text
    assert "#E69F00" in document  # the amber badge, and the not-forwarded colour
    assert "3CX tunnel over TCP" in text
    assert "Inbound TCP (check by hand), required" in text


def test_random_public_ports_still_give_a_bounded_table():
    rng = random.Random(5)
    ports = [
        PortResult(
            port=port,
            requirement=Requirement.FULL_CONE,
            outcome=Outcome.SYMMETRIC_NAT,
            mapped=Address(PUBLIC_IP, rng.randrange(20000, 60000)),
            mapped_other=Address(PUBLIC_IP, rng.randrange(20000, 60000)),
            test1=True,
            test2=None,
        )
        for port in range(9000, 11000)
    ]
    document = render(scan(Verdict.SYMMETRIC_NAT, ports))
    assert document.count('class="swatch"') == 1
    assert "ports vary" in visible(document)


def test_alternating_results_are_cut_short_with_a_note():
    ports = [passed(p) if p % 2 else not_forwarded(p) for p in range(9000, 11000)]
    document = render(scan(Verdict.PARTIAL, ports))
    assert document.count('class="swatch"') == MAX_TABLE_ROWS
    assert f"Rows left out here: {2000 - MAX_TABLE_ROWS}." in visible(document)
    assert "(ranges left out: 960)" in visible(document)


def test_ports_in_use_show_the_program_and_the_commands_escaped(in_use):
    document = render(in_use)
    assert_self_contained(document)
    assert "<evil>" not in document
    assert "&lt;evil&gt;&amp;" in document
    text = visible(document)
    assert "Ports held by another program" in text
    assert "5060–5061 <evil>& 4242" in text
    assert "Port 5060 is held by <evil>& (PID 4242). To see it:" in text
    assert 'netstat -ano | findstr /I /C:"PID" /C:":5060"' in text
    assert 'tasklist /fi "pid eq 4242"' in text
    assert re.search(r"<pre>netstat -ano \| findstr /I /C:&quot;PID&quot;", document)
    # The verdict's steps are those of the outcome: once is enough.
    step = explain_outcome(Outcome.PORT_IN_USE).steps[0]
    assert text.count(step) == 1


def test_dynamic_values_are_escaped_everywhere(success):
    evil = '<img src="http://x">&'
    document = html_report(
        success, evil, version=evil, pbx_address=evil, computer=evil, created=CREATED
    )
    assert evil not in document
    assert "<img" not in document
    assert visible(document).count(evil) >= 3


def test_dns_failure_report(dns_failure):
    document = render(dns_failure)
    assert_self_contained(document)
    text = visible(document)
    assert verdict_message(Verdict.DNS_FAILURE) in text
    explanation = explain_verdict(Verdict.DNS_FAILURE)
    assert explanation.summary in text
    for step in explanation.steps:
        assert step in text
    assert "stun.nosuch.example:3478" in text
    assert server_error_text(ServerError.NAME_NOT_FOUND) in text
    assert "Name or service not known" in text
    assert "Every checked port" not in text
    assert "How the router translates addresses" not in text
    assert "#D55E00" in document  # the red badge


def test_qt_can_render_the_report(qapp, partial):
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(render(partial))
    text = document.toPlainText()
    assert verdict_message(Verdict.PARTIAL) in text
    assert "10980" in text
    assert "PBX firewall check – 3CX" in text


def test_every_translate_call_is_a_literal_lupdate_can_read():
    tree = ast.parse(Path(report.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translate"
    ]
    assert len(calls) > 20
    for call in calls:
        context, text = call.args[:2]
        assert isinstance(context, ast.Constant) and context.value == "Report"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
