"""Port lists as technicians write them: ``"5060, 9000-10999, 10000-20000/2"``.

A spec is a comma-separated list of items; each item is one port (``5060``), a range
(``9000-9019``, an en dash works too) or a range with a step (``10000-20000/2`` means every
second port, starting at the first). Spaces around items and numbers are ignored.

Everything here is pure: text in, ``PortRange`` values or a compact spec out, and a
``PortSpecError`` whose message names the piece that is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wizard.engine.text import QT_TRANSLATE_NOOP, TranslatableError

__all__ = [
    "MAX_PORT",
    "PortRange",
    "PortSpecError",
    "expand",
    "format_ports",
    "parse_ports",
    "port_runs",
]

MIN_PORT = 1
MAX_PORT = 65535

# Message templates, marked for translation and filled in after translating.
EMPTY_SPEC = QT_TRANSLATE_NOOP(
    "PortSpec", "no ports given; enter a port such as 5060 or a range such as 9000-10999"
)
EMPTY_ITEM = QT_TRANSLATE_NOOP("PortSpec", "'{spec}' has an empty item; remove the extra comma")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("PortSpec", "'{text}' is not a port number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("PortSpec", "port {port} is outside 1–65535")
REVERSED = QT_TRANSLATE_NOOP("PortSpec", "range {first}-{last} is reversed (write {last}-{first})")
HALF_RANGE = QT_TRANSLATE_NOOP("PortSpec", "range '{item}' needs a port on each side of the dash")
BAD_STEP = QT_TRANSLATE_NOOP(
    "PortSpec",
    "'{step}' is not a usable step in '{item}'; after the slash write a whole number "
    "from 1 to 65534, as in 10000-20000/2",
)
STEP_WITHOUT_RANGE = QT_TRANSLATE_NOOP(
    "PortSpec",
    "'{item}' has a step but only one port; a step needs a range such as 10000-20000/2",
)

_DIGITS = re.compile(r"[0-9]+")
_DASHES = re.compile(r"[-–]")


TOO_MANY_TCP = QT_TRANSLATE_NOOP(
    "PortSpec",
    "{count} TCP ports are more than one check connects back to (at most {limit}): give "
    "the product's TCP ports, not a whole range",
)
# TCP ports a responder connects back to in one check: its connect-backs to silent ports
# take seconds each batch, so a whole range would run for hours.
MAX_TCP_PORTS = 256


class PortSpecError(TranslatableError):
    """A port spec that cannot be read; the message says which piece and why."""

    context = "PortSpec"


@dataclass(frozen=True, order=True)
class PortRange:
    """The ports ``first``, ``first + step``, … up to and including ``last`` (if reached)."""

    first: int
    last: int
    step: int = 1

    def __post_init__(self) -> None:
        for port in (self.first, self.last):
            if not MIN_PORT <= port <= MAX_PORT:
                raise PortSpecError(OUT_OF_RANGE, port=port)
        if self.first > self.last:
            raise PortSpecError(REVERSED, first=self.first, last=self.last)
        if not 1 <= self.step < MAX_PORT:
            raise PortSpecError(BAD_STEP, step=self.step, item=self._text())

    def ports(self) -> range:
        return range(self.first, self.last + 1, self.step)

    def contains(self, port: int) -> bool:
        return self.first <= port <= self.last and (port - self.first) % self.step == 0

    def __contains__(self, port: object) -> bool:
        return isinstance(port, int) and self.contains(port)

    def __iter__(self) -> Iterator[int]:
        return iter(self.ports())

    def __len__(self) -> int:
        return len(self.ports())

    def __str__(self) -> str:
        return self._text()

    def display(self) -> str:
        """The range as people read it: ``5060``, ``9000–9019`` (an en dash, not a spec)."""
        if self.first == self.last:
            return str(self.first)
        text = f"{self.first}–{self.last}"
        return text if self.step == 1 else f"{text}/{self.step}"

    def _text(self) -> str:
        if self.first == self.last:
            return str(self.first)
        if self.step == 1:
            return f"{self.first}-{self.last}"
        return f"{self.first}-{self.last}/{self.step}"


def parse_ports(spec: str) -> list[PortRange]:
    """Read a spec into its ranges, in the order written (no sorting, no merging)."""
    if not spec.strip():
        raise PortSpecError(EMPTY_SPEC)
    ranges = []
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            raise PortSpecError(EMPTY_ITEM, spec=spec.strip())
        ranges.append(_parse_item(item))
    return ranges


def expand(ranges: Iterable[PortRange]) -> list[int]:
    """Every port the ranges cover, sorted, each once."""
    ports: set[int] = set()
    for port_range in ranges:
        ports.update(port_range.ports())
    return sorted(ports)


def port_runs(ports: Iterable[int]) -> list[PortRange]:
    """``ports`` sorted, each once, as runs of neighbouring numbers.

    The one port compressor: the port lists of the reports, the summaries and the handover
    texts are all made from its runs. ``[9002, 5060, 9000, 9001]`` gives ``5060`` and
    ``9000-9002``.
    """
    unique = sorted(set(ports))
    for port in unique:
        if not MIN_PORT <= port <= MAX_PORT:
            raise PortSpecError(OUT_OF_RANGE, port=port)
    runs: list[PortRange] = []
    start = 0
    for index in range(1, len(unique) + 1):
        if index == len(unique) or unique[index] != unique[index - 1] + 1:
            runs.append(PortRange(unique[start], unique[index - 1]))
            start = index
    return runs


def format_ports(ports: Iterable[int]) -> str:
    """The shortest plain spec for ``ports``: sorted, duplicates dropped, runs as ranges.

    ``[9000, 9001, 9002, 5060]`` gives ``"5060,9000-9002"``; no ports give ``""``.
    """
    return ",".join(str(run) for run in port_runs(ports))


def _parse_item(item: str) -> PortRange:
    body, slash, step_text = item.partition("/")
    if slash:
        step_text = step_text.strip()
        step = _parse_step(step_text, item)
    else:
        step = 1
    parts = _DASHES.split(body, maxsplit=1)
    if len(parts) == 1:
        if slash:
            raise PortSpecError(STEP_WITHOUT_RANGE, item=item)
        port = _parse_port(parts[0].strip())
        return PortRange(port, port)
    first_text, last_text = (part.strip() for part in parts)
    if not first_text or not last_text:
        raise PortSpecError(HALF_RANGE, item=item)
    return PortRange(_parse_port(first_text), _parse_port(last_text), step)


def _parse_port(text: str) -> int:
    # A plain pattern rather than int(): int() also takes "+5", "1_000" and non-ASCII digits.
    if not _DIGITS.fullmatch(text):
        raise PortSpecError(NOT_A_NUMBER, text=text)
    # Cut very long numbers short before int(), which refuses more than 4300 digits.
    if len(text.lstrip("0")) > len(str(MAX_PORT)):
        raise PortSpecError(OUT_OF_RANGE, port=text)
    port = int(text)
    if not MIN_PORT <= port <= MAX_PORT:
        raise PortSpecError(OUT_OF_RANGE, port=port)
    return port


def _parse_step(text: str, item: str) -> int:
    if not _DIGITS.fullmatch(text) or len(text.lstrip("0")) > len(str(MAX_PORT)):
        raise PortSpecError(BAD_STEP, step=text, item=item)
    step = int(text)
    if not 1 <= step < MAX_PORT:
        raise PortSpecError(BAD_STEP, step=text, item=item)
    return step


def tcp_ports(spec: str) -> list[int]:
    """The TCP ports a responder connects back to, from ``spec``; ``PortSpecError`` for a
    bad spec or more than ``MAX_TCP_PORTS``."""
    ports = expand(parse_ports(spec))
    if len(ports) > MAX_TCP_PORTS:
        raise PortSpecError(TOO_MANY_TCP, count=len(ports), limit=MAX_TCP_PORTS)
    return ports
