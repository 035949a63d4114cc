"""The product catalog: shipped files, validation messages, and the plan of checks."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

import wizard.catalog
import wizard.keepalive
import wizard.portspec
from wizard import RESOURCES
from wizard.catalog import (
    CatalogError,
    Plan,
    Product,
    Rule,
    UnknownProductError,
    UnknownVersionError,
    get_product,
    left_untested,
    load_catalog,
    load_product,
    plan_checks,
    sip_over_tcp,
)
from wizard.engine.model import Direction, Outcome, PortCheck, PortResult, Protocol, Requirement
from wizard.portspec import PortRange, PortSpecError

FULL = Requirement.FULL_CONE
OUT = Requirement.OUTBOUND

# --- shipped products -----------------------------------------------------------------------


def test_shipped_catalog_loads_in_display_order() -> None:
    assert list(load_catalog()) == ["3cx", "swyxware", "pbxact", "custom"]


@pytest.mark.parametrize("path", sorted((RESOURCES / "products").glob("*.toml")), ids=str)
def test_every_shipped_file_loads(path: Path) -> None:
    product = load_product(path)
    assert product.id == path.stem
    assert product.source == path
    assert product.name and product.summary
    assert product.stun_servers
    assert "\n" not in product.summary


def test_shipped_catalog_is_read_once() -> None:
    assert load_catalog()["3cx"] is load_catalog()["3cx"]
    load_catalog().clear()  # a caller's copy; the cache must not care
    assert "3cx" in load_catalog()


def test_3cx_facts() -> None:
    product = get_product("3cx")
    assert product.name == "3CX"
    assert product.stun_servers == (
        "stun.3cx.com:3478",
        "stun2.3cx.com:3478",
        "stun.stunprotocol.org:3478",
    )
    assert product.versions == ()
    assert product.default_version() is None
    assert any("ALG" in note for note in product.notes)
    required_udp = {
        str(r.ports) for r in product.rules if r.required and r.protocol is Protocol.UDP
    }
    assert required_udp == {"5060", "5090", "9000-10999"}
    tcp = {(str(r.ports), r.required) for r in product.rules if r.protocol is Protocol.TCP}
    assert tcp == {
        ("5060", False),
        ("5061", False),
        ("5090", True),
        ("5001", False),
        ("443", False),
        ("5000", False),
    }
    assert all(
        r.requirement is Requirement.INBOUND_TCP for r in product.rules if r.protocol == "tcp"
    )


def test_swyxware_facts() -> None:
    product = get_product("swyxware")
    assert [(v.id, v.name, v.default) for v in product.versions] == [
        ("5.00", "5.00", False),
        ("5.01", "5.01 and later", True),
    ]
    assert product.default_version() == "5.01"
    (link,) = [r for r in product.rules if r.public_port is None and str(r.ports) == "65002"]
    assert link.requirement is OUT
    assert link.direction is Direction.BOTH
    assert link.destinations == "3478, 5060"
    assert link.required
    (enum,) = [r for r in product.rules if r.public_port is not None]
    assert (enum.public_port, str(enum.ports), enum.required) == (5060, "65002", False)
    assert enum.requirement is FULL
    assert any("10000" in note for note in product.notes)


def test_keepalive_facts() -> None:
    swyx, three_cx, pbxact = (get_product(i) for i in ("swyxware", "3cx", "pbxact"))
    # The LinkManager's own refresh (a STUN request every 10 s while idle).
    assert swyx.keepalive_s == 10
    assert "10 seconds" in swyx.keepalive_setting
    # No fixed interval documented: SIP's needs apply, and the setting says where to look.
    assert three_cx.keepalive_s is None and "re-registration" in three_cx.keepalive_setting
    assert pbxact.keepalive_s is None and "qualify frequency" in pbxact.keepalive_setting
    for product in (swyx, three_cx, pbxact):
        assert "typically" in product.keepalive_setting  # menus move between versions
    assert get_product("custom").keepalive_setting is None


def test_keepalive_fields_load(tmp_path: Path) -> None:
    text = BASE.format(id="kept") + 'keepalive_s = 25\nkeepalive_setting = "Shorten it."\n'
    product = load_product(_write(tmp_path, "kept", text))
    assert (product.keepalive_s, product.keepalive_setting) == (25, "Shorten it.")


def test_keepalive_settings_are_collected_for_translation() -> None:
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "translations" / "update.py"
    spec = importlib.util.spec_from_file_location("update", script)
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    sentences = list(update.product_sentences())
    assert get_product("3cx").keepalive_setting in sentences


def test_pbxact_only_ssh_is_required() -> None:
    product = get_product("pbxact")
    required = [r for r in product.rules if r.required]
    assert [(str(r.ports), r.protocol) for r in required] == [("22", Protocol.TCP)]
    assert len(product.rules) == 9
    (xactview_update,) = [r for r in product.rules if str(r.ports) == "50003"]
    assert xactview_update.protocol is Protocol.BOTH
    assert xactview_update.requirement is FULL


def test_custom_has_no_rules_but_servers() -> None:
    product = get_product("custom")
    assert product.rules == ()
    assert product.stun_servers == ("stun.stunprotocol.org:3478", "stun.sipgate.net:3478")


def test_catalog_modules_import_no_qt() -> None:
    for module in (wizard.catalog, wizard.keepalive, wizard.portspec):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        names = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ]
        names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        assert not [n for n in names if n.startswith(("PySide", "PyQt", "qasync"))], module


# --- lookup errors --------------------------------------------------------------------------


def test_get_product_ignores_case_and_spaces() -> None:
    assert get_product(" SwyxWare ").id == "swyxware"


def test_unknown_product_lists_known_ids() -> None:
    with pytest.raises(UnknownProductError) as caught:
        get_product("asterisk")
    assert str(caught.value) == (
        "there is no product 'asterisk'; known products: 3cx, swyxware, pbxact, custom"
    )
    assert isinstance(caught.value, ValueError)


def test_unknown_version_lists_known_versions() -> None:
    product = get_product("swyxware")
    with pytest.raises(UnknownVersionError) as caught:
        product.rules_for("5.02")
    assert str(caught.value) == "SwyxWare has no version '5.02'; known versions: 5.00, 5.01"
    assert caught.value.known == ("5.00", "5.01")
    with pytest.raises(UnknownVersionError):
        plan_checks(product, "6")


def test_version_on_product_without_versions_is_unknown() -> None:
    with pytest.raises(UnknownVersionError, match="3CX has no versions"):
        get_product("3cx").rules_for("16")


# --- plan_checks ----------------------------------------------------------------------------


def _ports(plan: Plan) -> list[int]:
    return [check.port for check in plan.checks]


def test_plan_3cx_probes_sip_tunnel_and_media() -> None:
    plan = plan_checks(get_product("3cx"))
    assert len(plan.checks) == 2002
    assert _ports(plan) == [5060, 5090, *range(9000, 11000)]
    assert {check.requirement for check in plan.checks} == {FULL}
    assert [(str(r.ports), r.protocol) for r in plan.manual] == [
        ("5060", "tcp"),
        ("5061", "tcp"),
        ("5090", "tcp"),
        ("5001", "tcp"),
        ("443", "tcp"),
        ("5000", "tcp"),
    ]


def test_plan_swyx_default_is_501_media() -> None:
    plan = plan_checks(get_product("swyxware"))
    assert plan == plan_checks(get_product("swyxware"), "5.01")
    assert _ports(plan) == [*range(55000, 56001), 65002]
    assert {check.requirement for check in plan.checks} == {OUT}
    # The ENUM forward is from public 5060 to 65002; STUN on 65002 cannot show that.
    assert [(str(r.ports), r.public_port) for r in plan.manual] == [("65002", 5060)]


def test_plan_swyx_500_media() -> None:
    plan = plan_checks(get_product("swyxware"), "5.00")
    assert _ports(plan) == [*range(56000, 57001), 65002]
    assert plan.checks[0] == PortCheck(56000, OUT)


def test_plan_pbxact_probes_udp_and_leaves_tcp_to_a_person() -> None:
    plan = plan_checks(get_product("pbxact"))
    assert _ports(plan) == [69, 4569, 5060, *range(10000, 20001), 50003]
    assert {check.requirement for check in plan.checks} == {FULL}
    manual = [(str(r.ports), str(r.protocol)) for r in plan.manual]
    assert ("22", "tcp") in manual
    # TCP & UDP: the UDP side is probed, the TCP side is checked by hand.
    assert manual == [
        ("22", "tcp"),
        ("2001", "tcp"),
        ("50001", "tcp"),
        ("50003", "both"),
        ("5222", "tcp"),
    ]


def test_plan_custom_without_ports_is_empty() -> None:
    assert plan_checks(get_product("custom")) == Plan(checks=(), manual=(), tcp=())


# --- the TCP side, which a responder connects back to ---------------------------------------


def test_plan_names_the_tcp_ports_a_responder_connects_back_to() -> None:
    # Only the required rules: 3CX's recommended ones include alternatives (its web
    # console on 5001 or on 443) of which a working site forwards one.
    assert plan_checks(get_product("3cx")).tcp == (5090,)
    assert plan_checks(get_product("pbxact")).tcp == (22,)
    # Listed by the technician, recommended ones are connected back to as well; PBXact's
    # XactView updates are "both": their TCP side is reachable from outside too.
    assert plan_checks(get_product("pbxact"), tcp_ports=[22, 50003]).tcp == (22, 50003)
    # SwyxWare's only inbound rule comes through a forwarded public port: no connect-back.
    assert plan_checks(get_product("swyxware")).tcp == ()
    assert plan_checks(get_product("custom")).tcp == ()


def test_with_a_responder_the_tested_tcp_rules_leave_the_manual_list() -> None:
    for product_id in ("3cx", "pbxact"):
        product = get_product(product_id)
        plan = plan_checks(product, responder=True)
        assert all(not rule.required for rule in plan.manual if rule.has_tcp)
        every = [p for rule in product.rules_for() if rule.connectable for p in rule.ports]
        assert plan_checks(product, tcp_ports=every, responder=True).manual == ()
    # The forwarded public port stays a check by hand: nothing connects to 5060 → 65002.
    swyx = plan_checks(get_product("swyxware"), responder=True)
    assert [(str(r.ports), r.public_port) for r in swyx.manual] == [("65002", 5060)]


def test_a_rule_leaves_the_manual_list_only_when_every_side_is_tested() -> None:
    product = get_product("pbxact")
    plan = plan_checks(product, tcp_ports=[22, 2001], responder=True)
    assert plan.tcp == (22, 2001)
    # 50003 is "both": its UDP side is probed, its TCP side is not connected back to.
    assert [(str(r.ports), str(r.protocol)) for r in plan.manual] == [
        ("50001", "tcp"),
        ("50003", "both"),
        ("5222", "tcp"),
    ]
    # The same ports without a responder: nothing connects back, so nothing is dropped.
    unanswered = plan_checks(product, tcp_ports=[22, 2001])
    assert unanswered.manual == plan_checks(product).manual
    assert len(unanswered.manual) == 5


def test_a_tcp_range_is_tested_only_when_all_its_ports_are(tmp_path: Path) -> None:
    text = BASE.format(id="tls") + _rule(
        'ports = "5060-5061"', 'protocol = "tcp"', 'requirement = "inbound-tcp"'
    )
    product = load_product(_write(tmp_path, "tls", text))
    assert plan_checks(product, tcp_ports=[5060], responder=True).manual == product.rules
    assert plan_checks(product, tcp_ports=[5061, 5060], responder=True).manual == ()


def test_given_ports_leave_tcp_empty_unless_tcp_ports_are_given_too() -> None:
    product = get_product("3cx")
    assert plan_checks(product, ports=[5060]).tcp == ()
    plan = plan_checks(product, ports=[5060], tcp_ports=[5090, 22, 5090], responder=True)
    assert (plan.tcp, plan.manual) == ((22, 5090), ())
    with pytest.raises(PortSpecError):
        plan_checks(product, tcp_ports=[70000])


def test_what_the_responder_could_not_judge_goes_back_to_a_person() -> None:
    def tcp(port: int, outcome: Outcome) -> PortResult:
        return PortResult(port, Requirement.INBOUND_TCP, outcome, None, None, None,
                          protocol=Protocol.TCP)  # fmt: skip

    product = get_product("pbxact")
    judged = [
        tcp(22, Outcome.PASS),
        tcp(2001, Outcome.NOT_FORWARDED),
        tcp(5222, Outcome.PASS),
        tcp(50001, Outcome.INCONCLUSIVE),
        tcp(50003, Outcome.BLOCKED_ON_THIS_COMPUTER),
    ]
    # A UDP port of the same number tells nothing about the TCP side.
    udp = PortResult(50001, FULL, Outcome.PASS, None, True, True)
    left = left_untested(product, None, [*judged, udp])
    assert [(str(r.ports), str(r.protocol)) for r in left] == [("50001", "tcp"), ("50003", "both")]
    # A responder that could not be used tested nothing: the whole list stays.
    assert left_untested(product, None, [udp]) == plan_checks(product).manual


def test_sip_port_and_sip_over_tcp() -> None:
    assert [(p.id, p.sip_port) for p in load_catalog().values()] == [
        ("3cx", 5060),
        ("swyxware", 65002),  # the LinkManager's own port, from the product file
        ("pbxact", 5060),
        ("custom", None),
    ]
    assert sip_over_tcp(get_product("3cx"))  # its 5060/TCP rule
    assert not sip_over_tcp(get_product("pbxact"))  # 5060 over UDP only
    assert not sip_over_tcp(get_product("swyxware"), "5.00")
    assert not sip_over_tcp(get_product("custom"))


def test_sip_port_defaults_to_5060_only_where_a_rule_covers_it(tmp_path: Path) -> None:
    covered = BASE.format(id="range") + _rule('ports = "5000-5100"')
    assert load_product(_write(tmp_path, "range", covered)).sip_port == 5060
    elsewhere = BASE.format(id="media") + _rule('ports = "9000-9010"')
    assert load_product(_write(tmp_path, "media", elsewhere)).sip_port is None
    chosen = BASE.format(id="own") + "sip_port = 5070\n"
    assert load_product(_write(tmp_path, "own", chosen)).sip_port == 5070


def test_plan_given_ports_take_the_rule_requirement_or_full_cone() -> None:
    product = get_product("swyxware")
    plan = plan_checks(product, "5.01", ports=[65002, 56500, 5060, 55000, 55000])
    assert plan.checks == (
        PortCheck(5060, FULL),  # no rule: the ENUM forward's public side is not a rule port
        PortCheck(55000, OUT),
        PortCheck(56500, FULL),  # 5.00 media only
        PortCheck(65002, OUT),  # the LinkManager, not the ENUM forward
    )
    assert plan.manual == ()
    plan_500 = plan_checks(product, "5.00", ports=[55000, 56500])
    assert plan_500.checks == (PortCheck(55000, FULL), PortCheck(56500, OUT))


def test_plan_given_ports_for_custom_are_full_cone() -> None:
    plan = plan_checks(get_product("custom"), ports=[9000, 5060])
    assert plan.checks == (PortCheck(5060, FULL), PortCheck(9000, FULL))


def test_plan_given_ports_never_probe_a_tcp_rule() -> None:
    plan = plan_checks(get_product("3cx"), ports=[5061, 9500])
    assert plan.checks == (PortCheck(5061, FULL), PortCheck(9500, FULL))


def test_plan_refuses_impossible_ports() -> None:
    with pytest.raises(PortSpecError):
        plan_checks(get_product("custom"), ports=[0])


def test_strictest_requirement_wins_where_rules_overlap(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "overlap",
        BASE.format(id="overlap")
        + _rule('ports = "100-200"', 'requirement = "outbound"')
        + _rule('ports = "150-160"', 'requirement = "full-cone"'),
    )
    product = load_product(path)
    plan = plan_checks(product)
    requirement = {check.port: check.requirement for check in plan.checks}
    assert len(plan.checks) == 101
    assert requirement[149] is OUT
    assert requirement[150] is FULL
    assert requirement[160] is FULL
    assert requirement[161] is OUT
    assert plan_checks(product, ports=[155, 199]).checks == (
        PortCheck(155, FULL),
        PortCheck(199, OUT),
    )


def test_stepped_rule_probes_only_its_ports(tmp_path: Path) -> None:
    path = _write(tmp_path, "even", BASE.format(id="even") + _rule('ports = "10000-10010/2"'))
    plan = plan_checks(load_product(path), ports=[10001, 10002])
    assert _ports(plan_checks(load_product(path))) == list(range(10000, 10011, 2))
    assert plan.checks == (PortCheck(10001, FULL), PortCheck(10002, OUT))


def test_rule_as_dict_is_json_data() -> None:
    rule = Rule(
        ports=PortRange(22, 22),
        protocol=Protocol.TCP,
        direction=Direction.INBOUND,
        purpose="SSH",
        requirement=Requirement.INBOUND_TCP,
        required=True,
    )
    assert rule.as_dict() == {
        "ports": "22",
        "protocol": "tcp",
        "direction": "inbound",
        "purpose": "SSH",
        "requirement": "inbound-tcp",
        "required": True,
        "destinations": None,
        "public_port": None,
    }


# --- validation -----------------------------------------------------------------------------

BASE = """\
id = "{id}"
name = "Test PBX"
summary = "One line."
stun_servers = ["stun.example.net:3478"]
"""

VERSIONS = """
[[versions]]
id = "1"
name = "One"

[[versions]]
id = "2"
name = "Two"
default = true
"""


def _rule(*overrides: str) -> str:
    fields = {
        "ports": '"9000-9010"',
        "protocol": '"udp"',
        "direction": '"both"',
        "purpose": '"Media"',
        "requirement": '"outbound"',
        "required": "true",
    }
    extra = []
    for line in overrides:
        key, _, value = line.partition(" = ")
        if key in fields:
            fields[key] = value
        else:
            extra.append(line)
    lines = [f"{key} = {value}" for key, value in fields.items() if value != "DROP"]
    return "\n[[rules]]\n" + "\n".join(lines + extra) + "\n"


def _write(tmp_path: Path, stem: str, text: str) -> Path:
    path = tmp_path / f"{stem}.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_minimal_product_loads(tmp_path: Path) -> None:
    product = load_product(_write(tmp_path, "mini", BASE.format(id="mini")))
    assert product == Product(
        id="mini",
        name="Test PBX",
        summary="One line.",
        stun_servers=("stun.example.net:3478",),
        versions=(),
        rules=(),
        notes=(),
        source=tmp_path / "mini.toml",
    )


def test_full_rule_loads(tmp_path: Path) -> None:
    text = (
        BASE.format(id="full")
        + VERSIONS
        + _rule(
            'ports = "65002"',
            'direction = "inbound"',
            'requirement = "full-cone"',
            "required = false",
            'destinations = "any"',
            "public_port = 5060",
            'versions = ["1"]',
        )
    )
    product = load_product(_write(tmp_path, "full", text))
    assert product.rules == (
        Rule(
            ports=PortRange(65002, 65002),
            protocol=Protocol.UDP,
            direction=Direction.INBOUND,
            purpose="Media",
            requirement=FULL,
            required=False,
            destinations="any",
            public_port=5060,
            versions=("1",),
        ),
    )
    assert product.rules_for("1") == product.rules
    assert product.rules_for("2") == ()
    assert product.rules_for() == ()  # the default is "2"


BAD_FILES = [
    # (file text after BASE, expected message after "bad.toml: ")
    (_rule('protocol = "udpp"'), "rules[0].protocol: 'udpp' is not one of udp, tcp, both"),
    (
        _rule() + _rule() + _rule('protocol = "udpp"'),
        "rules[2].protocol: 'udpp' is not one of udp, tcp, both",
    ),
    (
        _rule('direction = "in"'),
        "rules[0].direction: 'in' is not one of inbound, outbound, both",
    ),
    (
        _rule('requirement = "cone"'),
        "rules[0].requirement: 'cone' is not one of full-cone, outbound, inbound-tcp",
    ),
    (
        _rule('requirement = "inbound-tcp"'),
        "rules[0].requirement: 'inbound-tcp' needs protocol \"tcp\", not 'udp'",
    ),
    (
        _rule('protocol = "both"', 'requirement = "inbound-tcp"'),
        "rules[0].requirement: 'inbound-tcp' needs protocol \"tcp\", not 'both'",
    ),
    (
        _rule('protocol = "tcp"', 'requirement = "full-cone"'),
        "rules[0].requirement: 'full-cone' needs protocol \"udp\" or \"both\", not 'tcp'",
    ),
    (
        _rule('protocol = "tcp"'),
        "rules[0].requirement: 'outbound' needs protocol \"udp\" or \"both\", not 'tcp'",
    ),
    (_rule('ports = "10-5"'), "rules[0].ports: range 10-5 is reversed (write 5-10)"),
    (_rule('ports = "70000"'), "rules[0].ports: port 70000 is outside 1–65535"),
    (
        _rule('ports = "5060,5061"'),
        "rules[0].ports: '5060,5061' lists several items; write one port or range per rule",
    ),
    (_rule("ports = 5060"), "rules[0].ports: must be a string, not the number 5060"),
    (_rule("ports = DROP"), "rules[0].ports: is missing"),
    (_rule('purpose = ""'), "rules[0].purpose: is empty"),
    (
        _rule("required = DROP"),
        "rules[0].required: is missing (true, or false for recommended)",
    ),
    (
        _rule('required = "yes"'),
        "rules[0].required: must be true or false, not the string 'yes'",
    ),
    (
        _rule("protocol = DROP"),
        "rules[0].protocol: is missing (one of udp, tcp, both)",
    ),
    (_rule('protcol = "udp"'), "rules[0].protcol: unknown key; did you mean 'protocol'?"),
    (
        _rule('ports = "5060"', "public_port = 70000"),
        "rules[0].public_port: port 70000 is outside 1–65535",
    ),
    (
        _rule('ports = "5060"', "public_port = 0"),
        "rules[0].public_port: port 0 is outside 1–65535",
    ),
    (
        _rule("public_port = 5060"),
        "rules[0].public_port: needs a rule with a single port, and ports is '9000-9010'",
    ),
    (
        _rule('ports = "5060"', "public_port = true"),
        "rules[0].public_port: must be an integer, not the boolean true",
    ),
    (
        _rule('destinations = "5060,,5061"'),
        "rules[0].destinations: '5060,,5061' has an empty item; remove the extra comma "
        '(write ports, or "any")',
    ),
    (
        _rule('versions = ["1"]'),
        "rules[0].versions[0]: '1' is unknown: this file has no [[versions]]",
    ),
    (
        VERSIONS + _rule('versions = ["2", "3"]'),
        "rules[0].versions[1]: '3' is not one of the versions 1, 2",
    ),
    (
        VERSIONS + _rule("versions = []"),
        "rules[0].versions: is empty; list versions or leave the key out",
    ),
    (
        VERSIONS.replace("default = true\n", ""),
        "versions: one version must have default = true",
    ),
    (
        VERSIONS.replace('name = "One"', 'name = "One"\ndefault = true'),
        "versions[1].default: only one version can be the default, and versions[0] already is",
    ),
    (
        VERSIONS.replace('id = "2"', 'id = "1"'),
        "versions[1].id: '1' is already used by versions[0]",
    ),
    (
        VERSIONS.replace('name = "One"', 'name = "One"\nlabel = "x"'),
        "versions[0].label: unknown key; known keys: id, name, default",
    ),
    ("notes = [1]\n", "notes[0]: must be a string, not the number 1"),
    ('notes = "one"\n', "notes: must be an array, not the string 'one'"),
    ('stun_server = ["a:1"]\n', "stun_server: unknown key; did you mean 'stun_servers'?"),
    ("rules = 5\n", "rules: must be an array, not the number 5"),
    ("sip_port = 0\n", "sip_port: port 0 is outside 1–65535"),
    ('sip_port = "5060"\n', "sip_port: must be an integer, not the string '5060'"),
    ("sip_port = true\n", "sip_port: must be an integer, not the boolean true"),
    ("sip_prot = 5060\n", "sip_prot: unknown key; did you mean 'sip_port'?"),
    ("keepalive_s = 0\n", "keepalive_s: 0 seconds is outside 1–3600"),
    ("keepalive_s = 7200\n", "keepalive_s: 7200 seconds is outside 1–3600"),
    ("keepalive_s = 2.5\n", "keepalive_s: must be an integer, not the number 2.5"),
    ('keepalive_s = "10"\n', "keepalive_s: must be an integer, not the string '10'"),
    ("keepalive_s = true\n", "keepalive_s: must be an integer, not the boolean true"),
    ('keepalive_setting = ""\n', "keepalive_setting: is empty"),
    ("keepalive_setting = 30\n", "keepalive_setting: must be a string, not the number 30"),
    ('keepalive_setting = """a\nb"""\n', "keepalive_setting: must be one line"),
    ("keep_alive_s = 10\n", "keep_alive_s: unknown key; did you mean 'keepalive_s'?"),
]


@pytest.mark.parametrize(("tail", "message"), BAD_FILES)
def test_bad_rule_or_version_names_file_and_field(tmp_path: Path, tail: str, message: str) -> None:
    # Top-level keys must come before the first [[table]], so put plain keys first.
    head, _, tables = tail.partition("\n[[")
    text = BASE.format(id="bad") + head + ("\n[[" + tables if tables else "")
    with pytest.raises(CatalogError) as caught:
        load_product(_write(tmp_path, "bad", text))
    assert str(caught.value) == f"bad.toml: {message}"
    assert caught.value.file == "bad.toml"
    assert caught.value.field == message.partition(": ")[0]


@pytest.mark.parametrize(
    ("base_change", "message"),
    [
        (('id = "bad"', 'id = "Bad"'), "id: 'Bad' may hold only a-z, 0-9 and '-'"),
        (('id = "bad"', 'id = "other"'), "id: 'other' must match the file name (expected 'bad')"),
        (('id = "bad"\n', ""), "id: is missing"),
        (('name = "Test PBX"\n', ""), "name: is missing"),
        (('summary = "One line."', 'summary = """two\nlines"""'), "summary: must be one line"),
        (
            ('stun_servers = ["stun.example.net:3478"]', "stun_servers = []"),
            "stun_servers: must list at least one server",
        ),
        (('stun_servers = ["stun.example.net:3478"]\n', ""), "stun_servers: is missing"),
        (
            ('"stun.example.net:3478"', '"stun.example.net"'),
            "stun_servers[0]: 'stun.example.net' needs a port, as in stun.example.net:3478",
        ),
        (
            ('"stun.example.net:3478"', '"stun.example.net:99999"'),
            "stun_servers[0]: 'stun.example.net:99999': port 99999 is outside 1–65535",
        ),
        (
            # The same reader as --stun: a file cannot hold a server the check refuses.
            ('"stun.example.net:3478"', '"stun..bad:3478"'),
            "stun_servers[0]: 'stun..bad:3478' is not a host name or IP address",
        ),
        (
            ('"stun.example.net:3478"', '":3478"'),
            "stun_servers[0]: ':3478' is not a host name or IP address",
        ),
        (
            ('"stun.example.net:3478"', '"[2001:db8::1]"'),
            "stun_servers[0]: '[2001:db8::1]' needs a port, as in stun.example.net:3478",
        ),
    ],
)
def test_bad_product_field_names_file_and_field(
    tmp_path: Path, base_change: tuple[str, str], message: str
) -> None:
    text = BASE.format(id="bad").replace(*base_change)
    with pytest.raises(CatalogError) as caught:
        load_product(_write(tmp_path, "bad", text))
    assert str(caught.value) == f"bad.toml: {message}"


def test_ipv6_stun_server_is_accepted(tmp_path: Path) -> None:
    text = BASE.format(id="v6").replace('"stun.example.net:3478"', '"[2001:db8::1]:3478"')
    assert load_product(_write(tmp_path, "v6", text)).stun_servers == ("[2001:db8::1]:3478",)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"^broken\.toml: is not valid TOML \("):
        load_product(_write(tmp_path, "broken", 'id = "broken\n'))


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"^gone\.toml: cannot be read"):
        load_product(tmp_path / "gone.toml")


# --- other directories ----------------------------------------------------------------------


def test_directory_order_is_known_first_others_alphabetically_custom_last(
    tmp_path: Path,
) -> None:
    for stem in ("custom", "zeta", "pbxact", "alpha", "3cx"):
        _write(tmp_path, stem, BASE.format(id=stem))
    assert list(load_catalog(tmp_path)) == ["3cx", "pbxact", "alpha", "zeta", "custom"]
    assert get_product("alpha", tmp_path).source == tmp_path / "alpha.toml"
    with pytest.raises(UnknownProductError, match="known products: 3cx, pbxact, alpha, zeta"):
        get_product("swyxware", tmp_path)


def test_one_bad_file_fails_the_catalog(tmp_path: Path) -> None:
    _write(tmp_path, "good", BASE.format(id="good"))
    _write(tmp_path, "bad", BASE.format(id="bad") + _rule('protocol = "udpp"'))
    with pytest.raises(CatalogError, match=r"^bad\.toml: rules\[0\]\.protocol"):
        load_catalog(tmp_path)


def test_empty_or_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no product files"):
        load_catalog(tmp_path)
    with pytest.raises(CatalogError, match="does not exist"):
        load_catalog(tmp_path / "nowhere")
