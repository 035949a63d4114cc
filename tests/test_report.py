"""The reports a customer sends to support, built from results the engine assembles from
the pure NAT model (no network)."""

from __future__ import annotations

import ast
import json
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
import routerresults as rr
from modelresults import (
    NAME_NOT_FOUND,
    lossy_rerun,
    model_result,
    rerun_result,
    unresolved_result,
)
from natmodel import AD, APD, WAN_IP, Allocation, Router, World, forwarded
from responderresults import mixed, sip_alg_only, unusable

from wizard import __version__, report
from wizard.engine.model import (
    Address,
    Behaviour,
    Direction,
    ManualCheck,
    Outcome,
    PortCheck,
    PortResult,
    ProcessInfo,
    Protocol,
    Reason,
    Requirement,
    ResponderError,
    ScanResult,
    ServerError,
    Verdict,
)
from wizard.presentation import MAX_TABLE_ROWS, OUTCOME_COLOURS, group_ports, present
from wizard.report import (
    html_report,
    json_document,
    report_format,
    summary_text,
    to_json,
    write_report,
)
from wizard.words import (
    behaviour_text,
    explain_outcome,
    explain_verdict,
    link_figures,
    link_note,
    link_warnings,
    outcome_label,
    reason_label,
    server_error_text,
    verdict_message,
)

PUBLIC_IP = WAN_IP
CREATED = datetime(2024, 5, 6, 14, 3, tzinfo=timezone(timedelta(hours=2)))
MANUAL = (
    ManualCheck(
        ports="5090",
        protocol=Protocol.TCP,
        direction=Direction.BOTH,
        purpose="3CX tunnel over TCP",
        requirement=Requirement.INBOUND_TCP,
        required=True,
    ),
)
SPARE = "stun2.example.net:3478"


# Hand-made rows for the grouping helpers only: no verdict is written in anywhere.
def passed(port: int) -> PortResult:
    return PortResult(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.PASS,
        mapped=Address(PUBLIC_IP, port),
        test1=True,
        test2=True,
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
    )


def unclear(port: int, reason: Reason) -> PortResult:
    return PortResult(
        port=port,
        requirement=Requirement.FULL_CONE,
        outcome=Outcome.INCONCLUSIVE,
        mapped=Address(PUBLIC_IP, port),
        test1=True,
        test2=None,
        reason=reason,
    )


def checks(ports, requirement: Requirement = Requirement.FULL_CONE) -> list[PortCheck]:
    return [PortCheck(port, requirement) for port in ports]


def engine(world: World, ports, **options) -> ScanResult:
    """The result the engine gives for ``ports`` behind ``world`` (3CX's rules)."""
    options.setdefault("spares", (SPARE,))
    options.setdefault("manual", MANUAL)
    return model_result(world, checks(ports), **options)


@pytest.fixture(scope="module")
def success() -> ScanResult:
    """Every port forwarded."""
    return engine(World(Router(forwards=forwarded(range(9000, 9010)))), range(9000, 9010))


@pytest.fixture(scope="module")
def partial() -> ScanResult:
    """2000 media ports; the last 20 are not forwarded (a rule that ends too early)."""
    world = World(Router(forwards=forwarded(range(9000, 10980))))
    return engine(world, range(9000, 11000))


@pytest.fixture(scope="module")
def in_use() -> ScanResult:
    """5060 and 5061 held by another program (on Windows), the media ports forwarded."""
    world = World(Router(forwards=forwarded(range(9000, 9010))))
    holder = ProcessInfo(pid=4242, name="<evil>&")
    return engine(world, [5060, 5061, *range(9000, 9010)], held={5060: holder, 5061: holder})


def rerun(world: World, touched, ports, outage: tuple[float, float] | None = None) -> ScanResult:
    """A check of ``ports`` just after one of the outbound ports ``touched``."""
    return rerun_result(
        world, touched, checks(ports), outage=outage, spares=(SPARE,), manual=MANUAL
    )


@pytest.fixture(scope="module")
def inconclusive() -> ScanResult:
    """Nothing failed for certain: a re-run in which four ports talked to the second
    address lately, over a slow link that drops out for three seconds mid-scan."""
    return lossy_rerun(range(9000, 9020), range(9010, 9014), spares=(SPARE,), manual=MANUAL)


@pytest.fixture(scope="module")
def dns_failure() -> ScanResult:
    return unresolved_result({"stun.nosuch.example:3478": NAME_NOT_FOUND})


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


def test_json_passes_the_link_and_each_ports_reason_through(inconclusive):
    document = json.loads(to_json(inconclusive))
    assert document["verdict"] == "inconclusive"
    assert document["message"] == verdict_message(Verdict.INCONCLUSIVE)
    link = inconclusive.link
    assert link is not None and link.loss_pct and link.slowed_down and link.paused_s
    assert document["link"] == link.as_dict()
    assert document["link"]["rtt_p50_ms"] == 340.0
    by_port = {port["port"]: port for port in document["ports"]}
    assert by_port[9010]["outcome"] == "inconclusive"
    # The engine leaves test 2 unsaid when its pass would prove nothing.
    assert (by_port[9010]["reason"], by_port[9010]["test2"]) == ("recent_contact", None)
    assert (by_port[9000]["reason"], by_port[9000]["test2"]) == (None, True)


def test_json_without_link_figures_says_null(dns_failure):
    assert json_document(dns_failure)["link"] is None


# --- What a summary explains beside its verdict -------------------------------------------------


def test_inconclusive_ports_are_explained_by_reason_whatever_the_verdict(inconclusive):
    classes = present(inconclusive).beside_verdict
    assert [(c.outcome, c.reason, c.ports_text, c.count) for c in classes] == [
        (Outcome.INCONCLUSIVE, Reason.RECENT_CONTACT, "9010–9013", 4),
    ]
    assert classes[0].explanation == explain_outcome(
        Outcome.INCONCLUSIVE, reason=Reason.RECENT_CONTACT
    )
    # Beside a verdict that explains the failures, the unclear ports still get their words:
    # no forwards, a filter that lets in what a port asked for, and 9002 asked lately.
    mixed = rerun(World(Router(filtering=AD, wan_input_drop=False)), [9002], [9000, 9001, 9002])
    assert mixed.verdict is Verdict.NOT_FORWARDED
    assert [(c.outcome, c.reason) for c in present(mixed).beside_verdict] == [
        (Outcome.INCONCLUSIVE, Reason.RECENT_CONTACT)
    ]


def test_different_reasons_are_not_folded_into_one_row():
    ports = [unclear(9000, Reason.RECENT_CONTACT), unclear(9001, Reason.LINK_LOSS)]
    assert [len(g) for g in group_ports(ports)] == [1, 1]


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


def test_summary_names_the_reasons_and_the_link(inconclusive):
    text = summary_text(inconclusive, "3CX", created=CREATED)
    assert verdict_message(Verdict.INCONCLUSIVE) in text
    assert "Ports checked: 20 (Passed: 16, Not conclusive: 4)" in text
    assert "  Not conclusive (recent contact): 9010–9013" in text
    link = inconclusive.link
    assert link is not None and link.loss_pct is not None
    loss = f"{link.loss_pct:.1f}"
    assert f"Link to the STUN server: loss {loss} %, round trip 340 ms, jitter 0.0 ms" in text
    assert link_warnings(link)
    for warning in link_warnings(link):
        assert f"  ! {warning}" in text


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
        "Check by hand (the check did not test these)",
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
    assert "Inbound TCP, required" in text


def test_random_public_ports_still_give_a_bounded_table():
    symmetric = Router(mapping=APD, allocation=Allocation.RANDOM, wan_input_drop=False)
    result = engine(World(symmetric), range(9000, 9400))
    assert result.verdict is Verdict.SYMMETRIC_NAT
    document = render(result)
    assert document.count('class="swatch"') == 1
    assert "ports vary" in visible(document)


def test_alternating_results_are_cut_short_with_a_note():
    world = World(Router(forwards=forwarded(range(9001, 11000, 2))))
    result = engine(world, range(9000, 11000))
    assert result.verdict is Verdict.PARTIAL
    assert [p.outcome for p in result.ports[:3]] == [
        Outcome.NOT_FORWARDED,
        Outcome.PASS,
        Outcome.NOT_FORWARDED,
    ]
    document = render(result)
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
    assert 'netstat -ano -p UDP | findstr /I /C:"PID" /C:":5060 "' in text
    assert 'tasklist /svc /fi "pid eq 4242"' in text
    assert re.search(r"<pre>netstat -ano -p UDP \| findstr /I /C:&#34;PID&#34;", document)
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


def test_inconclusive_report_gives_reasons_link_figures_and_warnings(inconclusive):
    document = render(inconclusive)
    assert_self_contained(document)
    text = visible(document)
    assert verdict_message(Verdict.INCONCLUSIVE) in text
    assert explain_verdict(Verdict.INCONCLUSIVE).summary in text
    # The badge is the neutral grey-blue with dark text, not the failure red.
    assert f'bgcolor="{OUTCOME_COLOURS[Outcome.INCONCLUSIVE]}"' in document
    assert 'bgcolor="#D55E00"' not in document
    assert "What failed" not in text
    assert "Ports the check could not judge, and why" in text
    reason = Reason.RECENT_CONTACT
    about = explain_outcome(Outcome.INCONCLUSIVE, reason=reason)
    assert f"{about.title} ({reason_label(reason)})" in text
    assert about.summary in text
    assert about.steps[0] in text
    assert "Affected ports (4): 9010–9013" in text
    unclear_retested = [
        p for p in inconclusive.ports if p.outcome is Outcome.INCONCLUSIVE and p.retested
    ]
    assert ("Ports asked again more slowly" in text) == bool(unclear_retested)
    assert "9010–9013 4 Not conclusive (recent contact)" in text
    assert "The link to the STUN server" in text
    assert link_note() in text
    link = inconclusive.link
    assert link is not None
    for label, value in link_figures(link):
        assert f"{label} {value}" in text
    assert "What threatens calls:" in text
    assert link_warnings(link)
    for warning in link_warnings(link):
        assert warning in text
    order = [
        "How the router translates addresses (NAT)",
        "The link to the STUN server",
        "STUN servers tried",
        "Ports the check could not judge, and why",
        "Every checked port",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)


def test_a_report_without_link_figures_has_no_link_section(dns_failure):
    assert "The link to the STUN server" not in visible(render(dns_failure))


def test_qt_can_render_the_inconclusive_report(qapp, inconclusive):
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(render(inconclusive))
    text = document.toPlainText()
    link = inconclusive.link
    assert link is not None and link.loss_pct is not None
    assert reason_label(Reason.RECENT_CONTACT) in text
    assert link_warnings(link)[0] in text
    answered = f"({link.controls_answered} of {link.controls_sent} control requests answered)"
    assert f"{link.loss_pct:.1f} % {answered}" in text


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


# --- Hostile text, and writing the files -------------------------------------------------------

HOSTILE = '<script>alert("pwned")</script>'


def hostile_result() -> ScanResult:
    """Every text a network, a machine or a product file puts into a report, made hostile:
    a resolver's words about a server, a holding program's name and its commands."""
    world = World(Router(forwards=forwarded([9000])))
    return engine(
        world,
        [5060, 9000],
        held={5060: ProcessInfo(pid=4242, name=HOSTILE)},
        # A lookup that fails with the resolver's own words, which the report shows.
        unresolved={"stun.hostile.example:3478": UnicodeError(HOSTILE)},
    )


def test_hostile_text_is_escaped_in_the_html_and_only_text_in_the_pdf(qapp):
    from PySide6.QtGui import QTextDocument

    document = html_report(
        hostile_result(), HOSTILE, version=HOSTILE, pbx_address=HOSTILE, computer=HOSTILE
    )
    assert "<script" not in document.lower()
    assert "&lt;script&gt;" in document
    # A reader sees the words, as words: in the title, the meta table, the server table
    # and the held ports (table and sentence).
    assert visible(document).count(HOSTILE) >= 6
    # Qt's rich text (the PDF) shows them as text too, not as markup.
    rich = QTextDocument()
    rich.setHtml(document)
    assert rich.toPlainText().count(HOSTILE) >= 6


def test_a_report_is_written_whole_by_its_extension(qapp, tmp_path):
    result = hostile_result()
    for name in ("r.html", "r.json", "r.pdf", "R.HTM"):
        write_report(tmp_path / name, result, "3CX", created=CREATED)
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == json_document(result)
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    assert pdf_pages(pdf) == rich_pages(html_report(result, "3CX", created=CREATED)) >= 2
    assert report_format("x.txt") is None


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def rich_pages(document: str) -> int:
    """Pages the report takes in Qt's rich text on the PDF's A4 page, so a blank or a
    truncated PDF cannot pass."""
    from PySide6.QtCore import QBuffer, QSizeF
    from PySide6.QtGui import QTextDocument

    from wizard.pdf import a4_writer

    area = a4_writer(QBuffer()).pageLayout().paintRectPixels(96)
    rich = QTextDocument()
    rich.setHtml(document)
    rich.setPageSize(QSizeF(area.width(), area.height()))
    return rich.pageCount()


@pytest.mark.parametrize("name", ["r.html", "r.json", "r.pdf"])
def test_a_report_that_cannot_be_written_raises(qapp, tmp_path, name):
    result = hostile_result()
    with pytest.raises(FileNotFoundError):
        write_report(tmp_path / "no such folder" / name, result, "3CX")
    (tmp_path / name).mkdir()
    with pytest.raises(IsADirectoryError):
        write_report(tmp_path / name, result, "3CX")
    full = tmp_path / f"full-{name}"
    full.symlink_to("/dev/full")  # a disk with no room left
    with pytest.raises(OSError, match="No space left"):
        write_report(full, result, "3CX")


# --- With a responder -------------------------------------------------------------------------


def test_report_shows_tcp_rows_witnesses_and_what_was_seen_from_outside():
    document = render(mixed(), computer="PBX-01")
    assert_self_contained(document)
    text = visible(document)
    assert "Responder responder.example.net:3480" in text  # in the header's table
    order = [
        verdict_message(Verdict.PARTIAL),
        "Seen from outside (responder)",
        "The router rewrites SIP messages (SIP ALG)",
        "What the SIP helper changed",
        "How the router translates addresses (NAT)",
        "What failed, and what to do",
        "Another device answers on this TCP port",
        "Ports the check could not judge, and why",
        "Every checked port",
        "A small server a support team runs on the internet",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
    assert "Test 1 Test 2 Test 2 by" in text
    assert "5090 1 Passed 203.0.113.7:5090 ok ok responder" in text
    assert "5090/TCP 1 Not forwarded (refused on the way) – – failed –" in text
    assert "443/TCP 1 Passed (connected) – – ok responder" in text
    assert "Affected ports (1): 5001/TCP" in text
    assert (
        "the Via header (where answers go) UDP "
        "SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK776asdhds;rport "
        "SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK776asdhds;rport"
    ) in text
    # What the responder got is the network's text: shown, never markup.
    assert "a header it added TCP – X-Helper: <b>rewritten</b>" in text
    assert "<b>rewritten</b>" not in document
    assert "X-Helper: &lt;b&gt;rewritten&lt;/b&gt;" in document


def test_a_report_without_a_responder_has_none_of_its_parts(success):
    text = visible(render(success))
    for words in ("Seen from outside", "Test 2 by", "Responder", "small server a support team"):
        assert words not in text


def test_the_clipboard_summary_names_what_the_responder_found():
    text = summary_text(sip_alg_only(), "3CX", created=CREATED)
    assert verdict_message(Verdict.SIP_ALG) in text
    assert "  ! The router rewrites SIP messages (SIP ALG)" in text
    assert "Tested from outside by the responder" not in text  # only what needs doing
    unusable_text = summary_text(unusable(ResponderError.RATE_LIMITED), "3CX", created=CREATED)
    assert "  ! The responder could not be used" in unusable_text


def test_json_passes_the_responder_and_the_sip_alg_through():
    result = mixed()
    document = json_document(result)
    assert document["responder"] == result.responder.as_dict()
    assert document["sip_alg"]["tested"] is True and document["sip_alg"]["detected"] is True
    assert [c["part"] for c in document["sip_alg"]["changed"]] == [
        "via", "contact", "sdp-origin", "sdp-connection", "content-length", "header-added"
    ]  # fmt: skip
    tcp = [p for p in document["ports"] if p["protocol"] == "tcp"]
    assert [(p["port"], p["outcome"], p["tcp_seen"]) for p in tcp] == [
        (443, "pass", "connected"),
        (5000, "inconclusive", None),
        (5001, "not_forwarded", "connected"),
        (5060, "pass", "connected"),
        (5061, "not_forwarded", "timeout"),
        (5090, "not_forwarded", "refused"),
    ]
    # Without a responder the SIP ALG says it was not tested.
    assert json_document(unusable(ResponderError.BUSY))["sip_alg"]["tested"] is False


def test_qt_renders_the_sip_alg_report_as_text_and_prints_it(qapp, tmp_path):
    from PySide6.QtGui import QTextDocument

    document = html_report(sip_alg_only(), "3CX", created=CREATED)
    rich = QTextDocument()
    rich.setHtml(document)
    plain = rich.toPlainText()
    assert "X-Helper: <b>rewritten</b>" in plain
    assert "SIP/2.0/UDP 203.0.113.7:5060" in plain
    assert "DrayTek Vigor: typically NAT > ALG" in plain
    write_report(tmp_path / "alg.pdf", sip_alg_only(), "3CX", created=CREATED)
    pdf = (tmp_path / "alg.pdf").read_bytes()
    assert pdf_pages(pdf) == rich_pages(document) >= 2


# --- The router, hairpin NAT and the mapping lifetime -----------------------------------------


def router_report_result() -> ScanResult:
    """Carrier NAT, the old PBX's forwards, a hairpin that fails, a short lifetime."""
    from dataclasses import replace

    return replace(rr.everything(), hairpin=rr.HAIRPIN_FAILS)


def test_report_has_a_router_section_with_its_forwards_hairpin_and_lifetime():
    document = render(router_report_result(), computer="PBX-01")
    assert_self_contained(document)
    text = visible(document)
    order = [
        verdict_message(Verdict.UPSTREAM_NAT),
        "bridge mode",  # the verdict's steps
        "The router, and what lies beyond it",
        "Asked with UPnP IGD",
        "Internet (WAN) address 100.64.0.2",
        "Second NAT in front carrier-grade NAT of the provider",
        "Its forwards for the checked ports",
        "Public ports Goes to Where Its description Lease",
        "5060 198.18.0.3:5060 to another device Asterisk PBX permanent",
        "9000–9009 198.18.0.3:9000–9009 to another device Asterisk PBX permanent",
        "A second NAT sits between the router and the internet",
        "The router forwards ports to another device",
        "Hairpin NAT (phones on the LAN using the public address)",
        "Traffic to the PBX's public address does not come back (hairpin NAT)",
        "How long the router keeps an idle UDP mapping",
        "between 25 and 30 s: too short (the PBX needs 30 s)",
        "Idle UDP mappings are forgotten too soon on the way out",
        "How the router translates addresses (NAT)",
        "Every checked port",
        "Terms used in this report",
        "UPnP IGD : A way for programs",
        "carrier-grade NAT : NAT run by the internet provider",
        "hairpin NAT : A router feature",
        "mapping lifetime : How long the router keeps",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)


def test_a_report_without_the_router_has_none_of_its_parts(success):
    text = visible(render(success))
    for words in ("The router, and what lies beyond it", "Hairpin NAT", "idle UDP mapping",
                  "UPnP IGD"):  # fmt: skip
        assert words not in text


def test_the_routers_words_are_escaped_in_the_html_and_only_text_in_the_pdf(qapp, tmp_path):
    from PySide6.QtGui import QTextDocument

    hostile = rr.mapping(5060, rr.OLD_PBX, description=HOSTILE)
    evil_client = rr.mapping(9000, '198.18.0.9"><img src=x onerror=alert(1)>')
    info = rr.router(listed=[hostile, evil_client], name=HOSTILE, connection="<b>up</b>")
    from dataclasses import replace

    info = replace(info, others=(HOSTILE,))
    result = rr.scan(rr.ports([5060, 9000]), info)
    document = html_report(result, "3CX", created=CREATED)
    assert "<script" not in document.lower() and "<img" not in document.lower()
    assert "&lt;script&gt;" in document
    text = visible(document)
    # The router's name, the forward's description and the other router, as words.
    assert text.count(HOSTILE) >= 3
    assert '198.18.0.9"><img src=x onerror=alert(1)>:9000' in text
    rich = QTextDocument()
    rich.setHtml(document)
    plain = rich.toPlainText()
    assert plain.count(HOSTILE) >= 3
    write_report(tmp_path / "router.pdf", result, "3CX", created=CREATED)
    pdf = (tmp_path / "router.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf_pages(pdf) == rich_pages(document)


def test_the_clipboard_summary_names_what_the_router_section_found():
    text = summary_text(router_report_result(), "3CX", created=CREATED)
    for title in (
        "A second NAT sits between the router and the internet",
        "The router forwards ports to another device",
        "Traffic to the PBX's public address does not come back (hairpin NAT)",
        "Idle UDP mappings are forgotten too soon on the way out",
    ):
        assert f"  ! {title}" in text
    assert "Why the check adds no UPnP forwards" not in text  # only what needs doing


def test_json_passes_the_router_hairpin_and_lifetime_through():
    result = router_report_result()
    document = json_document(result)
    assert document["router"] == result.router.as_dict()
    assert document["hairpin"] == result.hairpin.as_dict()
    assert document["mapping_lifetime_s"] == 25.0
    assert document["mapping_lifetime"] == result.mapping_lifetime.as_dict()
