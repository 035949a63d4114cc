"""What the technician hands on: the administrator's checklist and the netsh commands."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest

from wizard import handover
from wizard.catalog import Product, Rule, get_product
from wizard.engine.model import Direction, Protocol, Requirement
from wizard.handover import admin_checklist, netsh_commands, selected_rules
from wizard.portspec import PortRange

PBX = "192.168.1.10"
NETSH = "netsh advfirewall firewall add rule"


def rule_with(product: Product, ports: str, protocol: Protocol) -> Rule:
    return next(r for r in product.rules if str(r.ports) == ports and r.protocol is protocol)


def section(text: str, heading: str) -> list[str]:
    """The lines under ``heading`` up to the next blank line."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = lines.index("", start)
    return lines[start:end]


# --- Choosing rules ----------------------------------------------------------------------------


def test_without_a_selection_every_rule_of_the_version_is_kept():
    swyx = get_product("swyxware")
    assert selected_rules(swyx, None, None) == swyx.rules_for("5.01")
    assert selected_rules(swyx, "5.00", None) == swyx.rules_for("5.00")


def test_a_selection_keeps_only_the_rules_at_those_indexes():
    cx = get_product("3cx")
    rules = cx.rules_for(None)
    kept = selected_rules(cx, None, {0, 5})
    assert kept == (rules[0], rules[5])
    assert selected_rules(cx, None, set()) == ()


def test_excluded_rules_are_in_neither_the_checklist_nor_the_commands():
    cx = get_product("3cx")
    kept = selected_rules(cx, None, {0})  # only SIP over UDP
    text = admin_checklist(cx, None, kept, PBX)
    assert "Forward UDP 5060 to 192.168.1.10" in text
    assert "9000" not in text
    assert "TCP" not in text
    commands = netsh_commands(cx, kept)
    assert len(commands) == 1 and "localport=5060" in commands[0]


# --- The administrator's checklist -------------------------------------------------------------


def test_3cx_checklist_asks_for_one_to_one_forwarding_and_no_sip_alg():
    cx = get_product("3cx")
    text = admin_checklist(cx, None, cx.rules_for(None), PBX)
    first = text.splitlines()[0]
    assert first == "Firewall and router settings for 3CX at 192.168.1.10"
    assert "Forward UDP 9000–10999 to 192.168.1.10" in text
    assert "same port numbers outside and inside" in text
    assert "no port translation" in text
    assert "SIP ALG" in text
    assert "port-scan or flood protection" in text
    # Said once, even though 3CX's own notes also mention SIP ALG.
    assert text.count("SIP ALG") == 1
    for note in cx.notes:
        assert note in text


def test_required_and_recommended_rules_are_listed_apart():
    pbxact = get_product("pbxact")
    text = admin_checklist(pbxact, None, pbxact.rules_for(None), PBX)
    required = section(text, "Required:")
    recommended = section(text, "Recommended, so that every feature works:")
    assert required[0] == "- Forward TCP 22 to 192.168.1.10."
    assert "SSH" in required[1]
    assert len(required) == 2  # SSH is the only required rule
    assert any("Forward UDP 10000–20000 to 192.168.1.10" in line for line in recommended)
    assert any("Forward UDP and TCP 50003 to 192.168.1.10" in line for line in recommended)


def test_swyx_outbound_rules_name_the_destinations_and_a_stable_source_port():
    swyx = get_product("swyxware")
    text = admin_checklist(swyx, None, swyx.rules_for(None), PBX)
    assert text.splitlines()[0] == (
        "Firewall and router settings for SwyxWare 5.01 and later at 192.168.1.10"
    )
    assert (
        "Allow outgoing UDP from 192.168.1.10 port 65002 to any address, ports 3478, 5060, "
        "and the replies back in; keep the source port stable (no random source ports)."
    ) in text
    assert (
        "Allow outgoing UDP from 192.168.1.10 ports 55000–56000 to any address and port"
    ) in text
    assert "56000–57000" not in text  # that range belongs to version 5.00


def test_swyx_enum_forwards_public_5060_to_the_linkmanager_port():
    swyx = get_product("swyxware")
    text = admin_checklist(swyx, None, swyx.rules_for(None), PBX)
    assert "Forward UDP 5060 on the public address to 192.168.1.10 port 65002." in text
    assert "ENUM" in section(text, "Recommended, so that every feature works:")[1]


def test_an_outbound_rule_without_destinations_goes_to_any_address():
    swyx = get_product("swyxware")
    rule = replace(swyx.rules[0], destinations=None)
    text = admin_checklist(swyx, None, [rule], PBX)
    assert "port 65002 to any address, and the replies back in" in text


def test_custom_ports_get_one_to_one_forwards_as_ranges():
    custom = get_product("custom")
    text = admin_checklist(custom, None, (), PBX, custom_ports=[7002, 7000, 7001, 8000, 7001])
    required = section(text, "Required:")
    assert required[0] == (
        "- Forward UDP 7000–7002 to 192.168.1.10, same port numbers outside and inside, "
        "no port translation."
    )
    assert required[2].startswith("- Forward UDP 8000 to 192.168.1.10,")
    assert "Recommended" not in text


def test_a_stepped_range_says_so():
    custom = get_product("custom")
    rule = Rule(
        ports=PortRange(10000, 10010, 2),
        protocol=Protocol.UDP,
        direction=Direction.BOTH,
        purpose="Media",
        requirement=Requirement.FULL_CONE,
        required=True,
    )
    assert "Forward UDP 10000–10010 in steps of 2 to" in admin_checklist(custom, None, [rule], PBX)


# --- Windows Defender Firewall commands --------------------------------------------------------


def test_an_inbound_udp_rule_is_one_command():
    cx = get_product("3cx")
    sip = rule_with(cx, "5060", Protocol.UDP)
    assert netsh_commands(cx, [sip]) == [
        f'{NETSH} name="3CX - SIP signalling with providers and remote phones (UDP 5060)" '
        "dir=in action=allow protocol=UDP localport=5060"
    ]


def test_ranges_use_the_ascii_hyphen():
    cx = get_product("3cx")
    media = rule_with(cx, "9000-10999", Protocol.UDP)
    (command,) = netsh_commands(cx, [media])
    assert command.endswith("protocol=UDP localport=9000-10999")
    assert "–" not in command


def test_an_outbound_rule_allows_both_directions():
    swyx = get_product("swyxware")
    signalling = swyx.rules[0]
    name = "SwyxWare - LinkManager signalling: STUN to the STUN server and SIP to the provider"
    assert netsh_commands(swyx, [signalling]) == [
        f'{NETSH} name="{name} (UDP 65002, out)" dir=out action=allow protocol=UDP localport=65002',
        f'{NETSH} name="{name} (UDP 65002, in)" dir=in action=allow protocol=UDP localport=65002',
    ]


def test_a_forwarded_public_port_opens_the_local_port():
    swyx = get_product("swyxware")
    enum = next(r for r in swyx.rules if r.public_port == 5060)
    (command,) = netsh_commands(swyx, [enum])
    assert "dir=in" in command
    assert command.endswith("protocol=UDP localport=65002")


def test_a_rule_for_both_protocols_makes_a_udp_and_a_tcp_command():
    pbxact = get_product("pbxact")
    updates = rule_with(pbxact, "50003", Protocol.BOTH)
    assert netsh_commands(pbxact, [updates]) == [
        f'{NETSH} name="PBXact - XactView automatic updates (UDP 50003)" dir=in action=allow '
        "protocol=UDP localport=50003",
        f'{NETSH} name="PBXact - XactView automatic updates (TCP 50003)" dir=in action=allow '
        "protocol=TCP localport=50003",
    ]


def test_an_inbound_tcp_rule_is_a_tcp_command():
    pbxact = get_product("pbxact")
    ssh = rule_with(pbxact, "22", Protocol.TCP)
    (command,) = netsh_commands(pbxact, [ssh])
    assert command.endswith("dir=in action=allow protocol=TCP localport=22")


def test_custom_ports_become_inbound_udp_commands():
    custom = get_product("custom")
    commands = netsh_commands(custom, (), custom_ports=[7000, 7001, 8000])
    assert [c.split("dir=")[1] for c in commands] == [
        "in action=allow protocol=UDP localport=7000-7001",
        "in action=allow protocol=UDP localport=8000",
    ]


@pytest.mark.parametrize("bad", ['"', "%", "&", "|", "<", ">", "^", "\n"])
def test_characters_that_break_cmd_quoting_never_reach_the_command(bad):
    cx = get_product("3cx")
    rule = replace(rule_with(cx, "5060", Protocol.UDP), purpose=f'SIP {bad}calc{bad} & "x" %PATH%')
    product = replace(cx, name=f"3CX{bad}")
    (command,) = netsh_commands(product, [rule])
    name = command.split('name="', 1)[1].rsplit('" dir=', 1)[0]
    assert not set(name) & set('"%&|<>^\n')
    assert command.count('"') == 2
    assert "calc" in name


def test_long_names_are_cut_but_keep_the_ports():
    cx = get_product("3cx")
    rule = replace(rule_with(cx, "9000-10999", Protocol.UDP), purpose="x" * 400)
    (command,) = netsh_commands(cx, [rule])
    name = command.split('name="', 1)[1].rsplit('" dir=', 1)[0]
    assert len(name) <= 255
    assert name.endswith("... (UDP 9000-10999)")


def test_every_product_gives_commands_that_are_plain_ascii_where_it_matters():
    for product_id in ("3cx", "swyxware", "pbxact"):
        product = get_product(product_id)
        for command in netsh_commands(product, product.rules_for(None)):
            options = command.split('" ', 1)[1]
            assert options.isascii()
            assert options.startswith("dir=")


# --- Texts are marked for translation ----------------------------------------------------------


def test_every_translate_call_is_a_literal_lupdate_can_read():
    tree = ast.parse(Path(handover.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translate"
    ]
    assert len(calls) > 10
    for call in calls:
        context, text = call.args[:2]
        assert isinstance(context, ast.Constant) and context.value == "Handover"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
