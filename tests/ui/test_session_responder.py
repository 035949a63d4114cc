"""What the wizard's session asks of a responder, from the product files: the TCP ports it
connects back to, the SIP port of the ALG test, and the rules left to check by hand."""

from __future__ import annotations

from dataclasses import replace

from wizard.catalog import Rule, get_product
from wizard.engine.model import Direction, Protocol, Requirement
from wizard.portspec import PortRange
from wizard.ui.session import Session, untested_rules


def session(product: str, responder: str = "", **choices) -> Session:
    return Session(product=get_product(product), responder=responder, **choices)


def manual_ports(plan) -> list[tuple[str, Protocol]]:
    return [(str(rule.ports), rule.protocol) for rule in plan.manual]


def test_without_a_responder_nothing_changes():
    chosen = session("pbxact")
    assert chosen.responder_settings() is None
    # Every TCP rule, and the TCP side of the rule for both protocols, is for a person.
    assert manual_ports(chosen.plan()) == [
        ("22", Protocol.TCP),
        ("2001", Protocol.TCP),
        ("50001", Protocol.TCP),
        ("50003", Protocol.BOTH),
        ("5222", Protocol.TCP),
    ]


def test_pbxacts_required_ssh_port_is_tested_by_the_responder():
    chosen = session("pbxact", "responder.example.net")
    # The required rules only: the recommended ones stay for a person unless typed.
    assert chosen.default_tcp_ports() == [22]
    settings = chosen.responder_settings()
    assert settings is not None
    assert settings.spec == "responder.example.net:3480"
    assert settings.tcp_ports == (22,)
    assert settings.secret is None
    assert manual_ports(chosen.plan()) == [
        ("2001", Protocol.TCP),
        ("50001", Protocol.TCP),
        ("50003", Protocol.BOTH),
        ("5222", Protocol.TCP),
    ]


def test_typed_tcp_ports_decide_what_is_left_by_hand():
    # The TCP side of 50003 is tested too: with its UDP side probed, the rule is done.
    chosen = session("pbxact", "responder.example.net", tcp_ports=[22, 50003])
    assert chosen.responder_settings().tcp_ports == (22, 50003)
    assert manual_ports(chosen.plan()) == [
        ("2001", Protocol.TCP),
        ("50001", Protocol.TCP),
        ("5222", Protocol.TCP),
    ]


def test_a_rule_the_technician_left_out_is_not_connected_to():
    rules = get_product("3cx").rules_for(None)
    kept = {i for i, rule in enumerate(rules) if rule.protocol is not Protocol.TCP}
    assert session("3cx", "responder.example.net").default_tcp_ports() == [5090]
    assert session("3cx", "responder.example.net", included=kept).default_tcp_ports() == []


def test_the_sip_alg_test_runs_on_the_sip_port_and_over_tcp_where_the_product_uses_it():
    three_cx = session("3cx", "responder.example.net").responder_settings()
    assert (three_cx.sip_port, three_cx.sip_tcp) == (5060, True)
    pbxact = session("pbxact", "responder.example.net").responder_settings()
    assert (pbxact.sip_port, pbxact.sip_tcp) == (5060, False)  # SIP over UDP only


def test_the_secret_goes_to_the_engine_as_bytes():
    chosen = session("3cx", "responder.example.net", responder_secret="grün")
    assert chosen.responder_settings().secret == "grün".encode()


def test_a_forwarded_public_port_stays_a_check_by_hand():
    # Public 8443 forwarded to 443: the responder would reach 8443 on the router, which
    # nothing here listens on, so its connect-back to 443 proves nothing about the rule.
    forwarded = Rule(
        ports=PortRange(443, 443),
        protocol=Protocol.TCP,
        direction=Direction.INBOUND,
        purpose="Web client",
        requirement=Requirement.INBOUND_TCP,
        required=False,
        public_port=8443,
    )
    plain = replace(forwarded, public_port=None)
    assert untested_rules([forwarded, plain], tcp_ports=[443, 8443]) == (forwarded,)
