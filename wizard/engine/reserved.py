"""The port ranges Windows keeps for itself, read before a scan.

Hyper-V, the Windows NAT service (WinNAT), Docker and WSL reserve blocks of ports out of
the dynamic range (49152-65535 by default), and a program that binds a port in one gets
WSAEACCES (10013) with no program holding it (``netstat`` shows nothing). A range an
administrator excluded (marked ``*``) only keeps Windows from handing its ports out on
its own; programs can still bind them, so it is how a PBX's ports are kept free.

``netsh int ipv4 show excludedportrange protocol=udp`` lists them without administrator
rights. Its headings are translated (and written in the console's code page), so only
the lines made of numbers are read: ``start end`` with an optional ``*``.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wizard.engine.model import ReservedRange

NETSH = ("netsh", "int", "ipv4", "show", "excludedportrange", "protocol=udp")
# netsh answers in well under a second; a machine that takes longer is not worth a
# scan's wait (the bind's own error still tells a reserved port).
NETSH_TIMEOUT = 10.0
# subprocess.CREATE_NO_WINDOW: a console program started from the windowed exe would
# otherwise flash a console window.
CREATE_NO_WINDOW = 0x08000000

log = logging.getLogger("wizard")

_RANGE_LINE = re.compile(r"^\s*(\d+)\s+(\d+)\s*(\*)?\s*$")
# The line under the column headings ("----------    --------"): netsh printed its table,
# even when the table is empty.
_RULE_LINE = re.compile(r"^\s*-{3,}\s+-{3,}\s*$")


@dataclass(frozen=True)
class ReservedReading:
    """The excluded ranges as read, or why they could not be read."""

    ranges: tuple[ReservedRange, ...] = ()
    detail: str | None = None  # why the list could not be read (None: it was read)

    def reserved(self, port: int) -> ReservedRange | None:
        """The range that keeps ``port`` from every program (administered ones do not)."""
        return next((r for r in self.ranges if port in r and not r.administered), None)

    def meeting(self, ports: Iterable[int]) -> tuple[ReservedRange, ...]:
        """The ranges that hold at least one of ``ports``, in the order netsh listed them."""
        wanted = sorted(set(ports))

        def met(span: ReservedRange) -> bool:
            i = bisect.bisect_left(wanted, span.start)
            return i < len(wanted) and wanted[i] <= span.end

        return tuple(r for r in self.ranges if met(r))


Runner = Callable[[], bytes]  # runs netsh, returns its standard output; raises on failure


def parse_excluded_ranges(text: str) -> tuple[ReservedRange, ...]:
    """The ranges in netsh's output, whatever the language of its headings."""
    ranges = []
    for line in text.splitlines():
        match = _RANGE_LINE.match(line)
        if match is None:
            continue
        start, end = int(match[1]), int(match[2])
        if 0 < start <= end <= 65535:
            ranges.append(ReservedRange(start, end, administered=match[3] is not None))
    return tuple(ranges)


def run_netsh(timeout: float = NETSH_TIMEOUT, platform: str = sys.platform) -> bytes:
    """netsh's answer, without a console window and without waiting on our stdin."""
    done = subprocess.run(
        NETSH,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        check=True,
        creationflags=CREATE_NO_WINDOW if platform == "win32" else 0,
    )
    return done.stdout


def read_reserved(platform: str = sys.platform, runner: Runner | None = None) -> ReservedReading:
    """Windows' excluded UDP port ranges; nothing elsewhere (Linux and macOS refuse no
    explicit bind for a reserved range). Never raises: what goes wrong is the
    reading's ``detail``, and the scan goes on without ranges."""
    if platform != "win32":
        return ReservedReading()
    run = runner or (lambda: run_netsh(platform=platform))
    try:
        output = run()
    except subprocess.TimeoutExpired:
        return ReservedReading(detail=f"netsh gave no answer within {NETSH_TIMEOUT:g} s")
    except subprocess.CalledProcessError as exc:
        return ReservedReading(detail=f"netsh ended with exit code {exc.returncode}")
    except (OSError, ValueError) as exc:
        return ReservedReading(detail=f"netsh could not be run: {exc}")
    # Only digits, spaces and "*" matter, and they read the same in every code page.
    text = output.decode("ascii", errors="replace")
    ranges = parse_excluded_ranges(text)
    if not ranges and not any(_RULE_LINE.match(line) for line in text.splitlines()):
        return ReservedReading(detail="netsh's answer held no table of port ranges")
    return ReservedReading(ranges)


async def read_in_thread(provider: Callable[[], ReservedReading]) -> ReservedReading:
    """``provider``'s reading, taken in a thread (netsh takes a moment); an error of the
    provider is a reading without ranges, never the scan's end."""
    try:
        reading = await asyncio.to_thread(provider)
    except Exception as exc:  # noqa: BLE001 - an injected provider may fail in any way
        reading = ReservedReading(detail=f"{type(exc).__name__}: {exc}")
    if reading.detail is not None:
        log.info("reserved port ranges not read: %s", reading.detail)
    return reading
