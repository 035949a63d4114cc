"""Port specs: parsing, expanding, formatting, and the messages for bad input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.portspec import (
    PortRange,
    PortSpecError,
    expand,
    format_ports,
    parse_ports,
    port_runs,
)

# --- parse_ports ---------------------------------------------------------------------------


def test_single_port_and_range() -> None:
    assert parse_ports("9000-9019,5060") == [PortRange(9000, 9019), PortRange(5060, 5060)]


def test_spaces_around_items_and_numbers_are_ignored() -> None:
    assert parse_ports("  5060 , 9000 - 9002 ,5061 ") == [
        PortRange(5060, 5060),
        PortRange(9000, 9002),
        PortRange(5061, 5061),
    ]


def test_en_dash_as_copied_from_documents() -> None:
    assert parse_ports("9000–10999") == [PortRange(9000, 10999)]


def test_step_takes_every_nth_port_from_the_first() -> None:
    (port_range,) = parse_ports("9000-9019/2")
    assert port_range == PortRange(9000, 9019, 2)
    assert list(port_range) == list(range(9000, 9019, 2))
    assert len(port_range) == 10
    assert port_range.contains(9018)
    assert not port_range.contains(9001)
    assert not port_range.contains(9020)


def test_leading_zeros_are_read_as_the_number() -> None:
    assert parse_ports("05060") == [PortRange(5060, 5060)]


def test_extreme_ports() -> None:
    assert parse_ports("1,65535") == [PortRange(1, 1), PortRange(65535, 65535)]


# --- PortRange ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("port_range", "text"),
    [
        (PortRange(9000, 9019), "9000-9019"),
        (PortRange(5060, 5060), "5060"),
        (PortRange(10000, 20000, 2), "10000-20000/2"),
    ],
)
def test_str_is_the_spec_item(port_range: PortRange, text: str) -> None:
    assert str(port_range) == text
    assert parse_ports(text) == [port_range]


def test_range_iterates_its_ports_and_counts_them() -> None:
    port_range = PortRange(9000, 9003)
    assert list(port_range) == [9000, 9001, 9002, 9003]
    assert list(port_range.ports()) == [9000, 9001, 9002, 9003]
    assert len(port_range) == 4
    assert 9003 in port_range
    assert 9004 not in port_range
    assert len(PortRange(10000, 20000, 2)) == 5001


def test_range_checks_itself_when_built_directly() -> None:
    with pytest.raises(PortSpecError, match="range 10-5 is reversed"):
        PortRange(10, 5)
    with pytest.raises(PortSpecError, match="port 0 is outside 1–65535"):
        PortRange(0, 5)
    with pytest.raises(PortSpecError, match="step"):
        PortRange(5, 10, 0)


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "no ports given; enter a port such as 5060 or a range such as 9000-10999"),
        ("   ", "no ports given; enter a port such as 5060 or a range such as 9000-10999"),
        ("abc", "'abc' is not a port number"),
        ("5060,abc", "'abc' is not a port number"),
        ("9000-x", "'x' is not a port number"),
        ("+5060", "'+5060' is not a port number"),
        ("50 60", "'50 60' is not a port number"),
        ("70000", "port 70000 is outside 1–65535"),
        ("0", "port 0 is outside 1–65535"),
        ("1-65536", "port 65536 is outside 1–65535"),
        ("10-5", "range 10-5 is reversed (write 5-10)"),
        ("5060,,5061", "'5060,,5061' has an empty item; remove the extra comma"),
        ("5060,", "'5060,' has an empty item; remove the extra comma"),
        ("9000-", "range '9000-' needs a port on each side of the dash"),
        ("-5", "range '-5' needs a port on each side of the dash"),
        (
            "9000-9019/0",
            "'0' is not a usable step in '9000-9019/0'; after the slash write a whole number "
            "from 1 to 65534, as in 10000-20000/2",
        ),
        (
            "9000-9019/x",
            "'x' is not a usable step in '9000-9019/x'; after the slash write a whole number "
            "from 1 to 65534, as in 10000-20000/2",
        ),
        (
            "5060/2",
            "'5060/2' has a step but only one port; a step needs a range such as 10000-20000/2",
        ),
    ],
)
def test_error_message_names_the_bad_piece(spec: str, message: str) -> None:
    with pytest.raises(PortSpecError) as caught:
        parse_ports(spec)
    assert str(caught.value) == message


def test_error_keeps_template_and_values_for_translation() -> None:
    with pytest.raises(PortSpecError) as caught:
        parse_ports("5060, 70000")
    assert caught.value.template == "port {port} is outside 1–65535"
    assert caught.value.params == {"port": 70000}
    assert isinstance(caught.value, ValueError)


def test_huge_number_is_out_of_range_not_a_crash() -> None:
    with pytest.raises(PortSpecError, match="is outside 1–65535"):
        parse_ports("9" * 5000)


# --- expand and format_ports ----------------------------------------------------------------


def test_expand_sorts_and_drops_duplicates() -> None:
    assert expand(parse_ports("9002,9000-9003,5060,9001")) == [5060, 9000, 9001, 9002, 9003]


def test_expand_of_nothing_is_empty() -> None:
    assert expand([]) == []


def test_format_compresses_runs() -> None:
    assert format_ports([9000, 9001, 9002, 5060]) == "5060,9000-9002"
    assert format_ports([5, 3, 4, 4, 10, 12, 11, 1]) == "1,3-5,10-12"
    assert format_ports([]) == ""


def test_runs_are_neighbouring_ports_and_read_with_an_en_dash() -> None:
    runs = port_runs([9002, 5060, 9000, 9001, 9001])
    assert runs == [PortRange(5060, 5060), PortRange(9000, 9002)]
    assert [run.display() for run in runs] == ["5060", "9000–9002"]
    assert PortRange(10000, 10010, 2).display() == "10000–10010/2"
    assert port_runs([]) == []


@given(st.lists(st.integers(min_value=1, max_value=65535), max_size=200))
def test_runs_cover_each_port_once_and_never_touch(ports: list[int]) -> None:
    runs = port_runs(ports)
    assert expand(runs) == sorted(set(ports))
    assert all(a.last + 1 < b.first for a, b in zip(runs, runs[1:], strict=False))


def test_format_refuses_impossible_ports() -> None:
    with pytest.raises(PortSpecError, match="port 70000 is outside"):
        format_ports([5060, 70000])


# --- properties -----------------------------------------------------------------------------

ports_lists = st.lists(st.integers(min_value=1, max_value=65535), min_size=1, max_size=200)


@given(ports_lists)
def test_format_then_parse_gives_the_same_ports(ports: list[int]) -> None:
    spec = format_ports(ports)
    assert expand(parse_ports(spec)) == sorted(set(ports))


@given(ports_lists)
def test_format_is_stable(ports: list[int]) -> None:
    spec = format_ports(ports)
    assert format_ports(expand(parse_ports(spec))) == spec


@st.composite
def port_ranges(draw: st.DrawFn) -> PortRange:
    first = draw(st.integers(1, 65535))
    last = draw(st.integers(first, min(65535, first + 5000)))
    step = draw(st.integers(1, 100)) if last > first else 1
    return PortRange(first, last, step)


@given(st.lists(port_ranges(), min_size=1, max_size=10))
def test_str_of_ranges_parses_back(ranges: list[PortRange]) -> None:
    spec = ", ".join(str(r) for r in ranges)
    assert parse_ports(spec) == ranges


@given(port_ranges(), st.integers(1, 65535))
def test_contains_agrees_with_iteration(port_range: PortRange, port: int) -> None:
    assert port_range.contains(port) == (port in set(port_range))


@given(st.text())
def test_arbitrary_text_parses_or_raises_port_spec_error(text: str) -> None:
    try:
        ranges = parse_ports(text)
    except PortSpecError as error:
        assert str(error)
    else:
        assert ranges


@given(st.text(alphabet="0123456789-–,/ x", max_size=40))
def test_spec_like_text_parses_or_raises_port_spec_error(text: str) -> None:
    try:
        ranges = parse_ports(text)
    except PortSpecError as error:
        assert str(error)
    else:
        assert all(1 <= port <= 65535 for r in ranges for port in (r.first, r.last))
