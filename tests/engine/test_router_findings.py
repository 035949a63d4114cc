"""The pure judging of issue 12's findings: a second NAT from the router's word, the
router's mappings against the PBX, the hairpin finding, the mapping lifetime's gaps.

Every "against the router" answer here must have no other explanation: each test of a
finding has a twin where another explanation is present and the finding must not come.
"""

from __future__ import annotations

import struct

import pytest
from aioice import stun

from wizard.engine import classify, gateway, hairpin, lifetime
from wizard.engine.lifetime import GapState
from wizard.engine.model import (
    AdapterKind,
    Address,
    Egress,
    FirewallInbound,
    HairpinProblem,
    HostFirewall,
    LifetimeProblem,
    MappingFit,
    Outcome,
    PortResult,
    Protocol,
    Requirement,
    RouterInfo,
    RouterMapping,
    RouterSource,
    ServerStatus,
    UpstreamNat,
    Verdict,
)
from wizard.engine.results import judge_router

PUBLIC = "203.0.113.1"


# ------------------------------------------------------------------ second NAT


@pytest.mark.parametrize(
    ("wan", "kind"),
    [
        ("100.64.0.2", UpstreamNat.SHARED),
        ("100.127.255.254", UpstreamNat.SHARED),
        ("192.168.100.2", UpstreamNat.PRIVATE),
        ("10.1.2.3", UpstreamNat.PRIVATE),
        ("172.31.0.9", UpstreamNat.PRIVATE),
        ("198.51.100.7", UpstreamNat.DIFFERS),
        (PUBLIC, None),
        # Not RFC 1918, though Python calls them private: the lab's internet.
        ("203.0.113.9", UpstreamNat.DIFFERS),
        ("100.128.0.1", UpstreamNat.DIFFERS),
        ("172.32.0.1", UpstreamNat.DIFFERS),
    ],
)
def test_the_wan_address_tells_a_second_nat(wan, kind):
    assert gateway.classify_wan(wan, PUBLIC) is kind


def test_without_stun_only_private_and_shared_addresses_tell():
    assert gateway.classify_wan("198.51.100.7", None) is None
    assert gateway.classify_wan("100.64.0.2", None) is UpstreamNat.SHARED


def test_only_an_address_makes_the_second_nat_the_verdict():
    from wizard.engine.results import upstream_shown

    assert not upstream_shown(None)
    assert not upstream_shown(RouterInfo(RouterSource.UPNP, upstream=UpstreamNat.NOT_CONNECTED))
    for kind in (UpstreamNat.PRIVATE, UpstreamNat.SHARED, UpstreamNat.DIFFERS):
        assert upstream_shown(RouterInfo(RouterSource.UPNP, upstream=kind))


def test_not_connected_counts_only_while_traffic_passed():
    info = RouterInfo(RouterSource.UPNP, connection="Disconnected")
    assert gateway.upstream_nat(info, PUBLIC) is UpstreamNat.NOT_CONNECTED
    assert gateway.upstream_nat(info, None) is None  # nothing passed: maybe really down
    connected = RouterInfo(RouterSource.UPNP, connection="Connected")
    assert gateway.upstream_nat(connected, PUBLIC) is None
    typed = RouterInfo(RouterSource.TYPED, connection="Disconnected")
    assert gateway.upstream_nat(typed, PUBLIC) is None


def test_a_malformed_wan_address_tells_nothing():
    assert gateway.upstream_nat(RouterInfo(RouterSource.UPNP, wan_address="x"), PUBLIC) is None


def _port(port: int, outcome: Outcome = Outcome.NOT_FORWARDED, ip: str = PUBLIC) -> PortResult:
    return PortResult(
        port, Requirement.FULL_CONE, outcome, Address(ip, port), True, outcome is Outcome.PASS
    )


def test_a_differing_public_wan_is_no_second_nat_when_another_port_saw_it():
    router = RouterInfo(RouterSource.UPNP, wan_address="198.51.100.7")
    ports = [_port(9000), _port(9001, ip="198.51.100.7")]  # a second line
    assert judge_router(router, ports, PUBLIC, None, None).upstream is None
    assert judge_router(router, ports[:1], PUBLIC, None, None).upstream is UpstreamNat.DIFFERS


def test_a_differing_public_wan_is_no_second_nat_when_traffic_left_by_a_vpn():
    router = RouterInfo(RouterSource.UPNP, wan_address="198.51.100.7")
    vpn = Egress("10.8.0.2", "tun0", AdapterKind.VPN)
    assert judge_router(router, [_port(9000)], PUBLIC, None, vpn).upstream is None
    shared = RouterInfo(RouterSource.UPNP, wan_address="100.64.0.2")
    assert judge_router(shared, [_port(9000)], PUBLIC, None, vpn).upstream is UpstreamNat.SHARED


def test_typed_wan_fills_in_only_where_the_router_said_nothing():
    assert gateway.with_typed(None, "100.64.0.2") == RouterInfo(
        RouterSource.TYPED, wan_address="100.64.0.2"
    )
    listed = RouterInfo(RouterSource.UPNP, connection="Connected", mappings_listed=True)
    typed = gateway.with_typed(listed, "10.0.0.2")
    assert typed is not None
    assert (typed.source, typed.wan_address, typed.mappings_listed) == (
        RouterSource.TYPED, "10.0.0.2", True,
    )  # fmt: skip
    answered = RouterInfo(RouterSource.UPNP, wan_address=PUBLIC)
    assert gateway.with_typed(answered, "10.0.0.2") is answered
    assert gateway.with_typed(answered, None) is answered


SERVERS = [ServerStatus("s", primary=Address("203.0.113.10", 3478),
                        other_address=Address("203.0.113.11", 3479))]  # fmt: skip


def test_upstream_nat_is_the_verdict_only_where_ports_fail_and_none_got_in():
    failing = [_port(9000), _port(9001)]
    assert classify.overall_verdict(SERVERS, failing, upstream=True) is Verdict.UPSTREAM_NAT
    assert classify.overall_verdict(SERVERS, failing) is Verdict.NOT_FORWARDED
    # A port that got in crossed the second NAT: the others may lack this router's forward.
    partial = [_port(9000), _port(9001, Outcome.PASS)]
    assert classify.overall_verdict(SERVERS, partial, upstream=True) is Verdict.PARTIAL
    # An outbound-only port that passed (test 1 alone) proves nothing about inbound.
    outbound = PortResult(9002, Requirement.OUTBOUND, Outcome.PASS, None, True, None)
    assert classify.overall_verdict(SERVERS, [*failing, outbound], upstream=True) is (
        Verdict.UPSTREAM_NAT
    )
    passing = [_port(9000, Outcome.PASS)]
    # The DMZ variant: a second NAT that forwards everything: no verdict against it.
    assert classify.overall_verdict(SERVERS, passing, upstream=True) is Verdict.SUCCESS
    doubtful = [PortResult(9000, Requirement.FULL_CONE, Outcome.INCONCLUSIVE, None, True, None)]
    assert classify.overall_verdict(SERVERS, doubtful, upstream=True) is Verdict.INCONCLUSIVE
    held = [_port(9000), PortResult(9001, Requirement.FULL_CONE, Outcome.PORT_IN_USE, None,
                                    None, None)]  # fmt: skip
    assert classify.overall_verdict(SERVERS, held, upstream=True) is Verdict.PORT_IN_USE


# ------------------------------------------------------------------ mappings


def _mapping(port: int, client: str, internal: int | None = None, **kw) -> RouterMapping:
    return RouterMapping(
        kw.pop("protocol", Protocol.UDP), port, client, internal or port, MappingFit.THIS_HOST, **kw
    )


def test_mappings_are_related_to_this_computer():
    found = gateway.relate_mappings(
        [
            _mapping(9001, "198.18.0.3"),
            _mapping(9000, "198.18.0.2"),
            _mapping(9002, "198.18.0.2", 9102),
            _mapping(9003, "198.18.0.2", enabled=False),
            _mapping(9000, "198.18.0.2", protocol=Protocol.TCP),  # TCP 9000 is not ours
            _mapping(8000, "198.18.0.3"),  # not one of our ports
        ],
        "198.18.0.2",
        [(Protocol.UDP, p) for p in range(9000, 9004)],
    )
    assert [(m.external_port, m.fit) for m in found] == [
        (9000, MappingFit.THIS_HOST),
        (9001, MappingFit.OTHER_HOST),
        (9002, MappingFit.PORT_CHANGED),
        (9003, MappingFit.DISABLED),
    ]


def test_without_knowing_this_computer_no_mapping_points_elsewhere():
    found = gateway.relate_mappings([_mapping(9001, "198.18.0.3")], None, [(Protocol.UDP, 9001)])
    assert found[0].fit is MappingFit.THIS_HOST


# ------------------------------------------------------------------ hairpin

P, PUBLIC_P, SENDER = 9000, Address(PUBLIC, 9000), Address("198.18.0.2", 40000)


def _heard(at_port=(), at_sender=()) -> hairpin.Heard:
    return hairpin.Heard(list(at_port), list(at_sender))


def test_hairpin_works_only_with_the_answer_from_the_public_address():
    heard = _heard([Address("198.18.0.1", 5555)], [PUBLIC_P])
    found = hairpin.judge(heard, P, PUBLIC_P, SENDER, firewall_open=False, copies=4)
    assert (found.works, found.problem) == (True, None)


def test_looped_back_without_snat_is_a_finding():
    found = hairpin.judge(_heard([SENDER], []), P, PUBLIC_P, SENDER, True, 4)
    assert (found.works, found.problem) == (False, HairpinProblem.NO_SNAT)
    # Rewritten by the router, but the answer lost: not told.
    lost = hairpin.judge(_heard([Address("198.18.0.1", 1)], []), P, PUBLIC_P, SENDER, True, 4)
    assert (lost.works, lost.problem) == (None, HairpinProblem.LINK_LOSS)


def test_silence_is_the_routers_only_with_this_computers_firewall_open():
    assert hairpin.judge(_heard(), P, PUBLIC_P, SENDER, True, 4).works is False
    found = hairpin.judge(_heard(), P, PUBLIC_P, SENDER, False, 4)
    assert (found.works, found.problem) == (None, HairpinProblem.HOST_FIREWALL)
    lossy = hairpin.judge(_heard(), P, PUBLIC_P, SENDER, True, None)
    assert (lossy.works, lossy.problem) == (None, HairpinProblem.LINK_LOSS)


def test_copies_grow_with_the_links_loss():
    assert hairpin.copies_for(None) == hairpin.COPIES
    assert hairpin.copies_for(0) == hairpin.COPIES
    assert hairpin.copies_for(20) == 5  # (1 - 0.8²)^5 < 1 %
    assert hairpin.copies_for(40) == 11  # (1 - 0.6²)^11 < 1 %
    assert hairpin.copies_for(60) is None


def test_the_firewall_lets_in_when_open_or_the_port_is_allowed():
    assert not hairpin.firewall_lets_in(None, P)
    assert hairpin.firewall_lets_in(HostFirewall(FirewallInbound.OPEN), P)
    allowed = HostFirewall(FirewallInbound.FILTERS, open_ports=(P,))
    assert hairpin.firewall_lets_in(allowed, P) and not hairpin.firewall_lets_in(allowed, P + 1)
    assert not hairpin.firewall_lets_in(HostFirewall(FirewallInbound.UNKNOWN), P)


def test_the_sip_port_is_looped_back_to_first_and_only_a_forwarded_one():
    ports = [_port(9000, Outcome.PASS), _port(5060, Outcome.PASS), _port(9001)]
    assert hairpin.choose_port(ports, 5060).port == 5060
    assert hairpin.choose_port(ports, None).port == 5060  # the lowest
    assert hairpin.choose_port(ports, 9001).port == 5060  # 9001 is not forwarded
    assert hairpin.choose_port([_port(9001)], None) is None
    translated = PortResult(9000, Requirement.FULL_CONE, Outcome.PASS, None, True, True)
    assert hairpin.choose_port([translated], None) is None  # no public address known


# ------------------------------------------------------------------ lifetime


def test_gaps_grow_up_to_the_limit():
    assert lifetime.gaps_up_to(30) == (5, 10, 15, 20, 25, 30)
    assert lifetime.gaps_up_to(120)[-3:] == (90, 105, 120)
    assert lifetime.gaps_up_to(1) == (5, 10)  # at least 10 s
    assert lifetime.gaps_up_to(10_000)[-1] == 600


def test_a_gap_expires_only_while_the_controls_come_back():
    assert lifetime.judge_gap(True, 0, 3) is GapState.ALIVE
    assert lifetime.judge_gap(False, 2, 3) is GapState.EXPIRED
    assert lifetime.judge_gap(False, 1, 1) is GapState.EXPIRED
    assert lifetime.judge_gap(False, 1, 3) is GapState.UNDECIDED  # most of Y's lost too
    assert lifetime.judge_gap(False, 0, 3) is GapState.UNDECIDED


def _summary(states, limit=60.0, firewall_open=True, problem=None):
    return lifetime.summarise({float(g): s for g, s in states.items()}, limit, firewall_open,
                              problem)  # fmt: skip


A, E, U = GapState.ALIVE, GapState.EXPIRED, GapState.UNDECIDED


def test_the_lifetime_lies_between_the_last_alive_and_first_expired_gap():
    found = _summary({5: A, 10: A, 15: E, 20: E})
    assert (found.alive_s, found.expired_s, found.problem, found.lifetime_s) == (10, 15, None, 10)


def test_an_expiry_below_a_surviving_gap_is_noise():
    found = _summary({5: E, 10: A, 15: A, 20: E, 25: E})
    assert (found.alive_s, found.expired_s, found.problem) == (15, 20, None)


def test_an_undecided_gap_below_the_expiry_leaves_it_untold():
    found = _summary({5: A, 10: U, 15: E, 20: E})
    assert found.problem is LifetimeProblem.LINK_LOSS and found.lifetime_s is None
    above = _summary({5: A, 10: E, 15: E, 20: U})
    assert above.problem is None


def test_an_expiry_this_computers_firewall_could_explain_is_not_the_routers():
    found = _summary({5: A, 10: E, 15: E}, firewall_open=False)
    assert found.problem is LifetimeProblem.HOST_FIREWALL
    assert (found.alive_s, found.expired_s, found.lifetime_s) == (5, 10, None)
    # Nothing expired: the firewall did not matter.
    alive = _summary({5: A, 10: A}, limit=10, firewall_open=False)
    assert (alive.problem, alive.lifetime_s) == (None, 10)


def test_settled_needs_a_confirmed_expiry_and_every_shorter_gap_decided():
    gaps = (5.0, 10.0, 15.0, 20.0)
    assert not lifetime._settled({5.0: A, 10.0: E}, gaps)
    assert lifetime._settled({5.0: A, 10.0: E, 15.0: E}, gaps)
    assert not lifetime._settled({10.0: E, 15.0: E}, gaps)  # 5 s not decided yet
    assert not lifetime._settled({5.0: U, 10.0: E, 15.0: E}, gaps)
    assert lifetime._settled({5.0: A, 10.0: A, 15.0: A, 20.0: E}, gaps)  # the last gap


@pytest.mark.parametrize("how", list(lifetime.Redirect))
def test_the_redirected_request_is_a_well_formed_binding_request(how):
    target = Address("203.0.113.1", 40001)
    data, tid = lifetime.redirected_request(target, how)
    message = stun.parse_message(data)
    assert message.transaction_id == tid
    assert (message.message_method, message.message_class) == (
        stun.Method.BINDING, stun.Class.REQUEST,
    )  # fmt: skip
    kind, length = struct.unpack_from("!HH", data, 20)
    assert struct.unpack_from("!H", data, 2)[0] == len(data) - 20
    if how is lifetime.Redirect.RESPONSE_PORT:
        assert (kind, length, struct.unpack_from("!H", data, 24)[0]) == (0x0027, 4, 40001)
    else:
        assert (kind, length) == (0x0002, 8)
        assert data[-4:] == bytes([203, 0, 113, 1])
