"""The words for the port ranges Windows keeps for itself (``ScanResult.reserved``).

A range Hyper-V, WinNAT, Docker or WSL took is a problem of this computer that the PBX
meets too: no program can open its ports. The lasting fix is an administrator's: stop
the Windows NAT service, exclude the PBX's ports so Windows does not take them again,
start the service. A range an administrator excluded (``*``) is that fix in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from wizard.engine.model import Outcome, PortResult, Reason, ReservedRange, ScanResult
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.words.machine import MachineNote, Severity

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Reserved"

_RESERVED_TITLE = QT_TRANSLATE_NOOP("Reserved", "Ports {ranges} are reserved by Windows")
_RESERVED_TITLE_ONE = QT_TRANSLATE_NOOP("Reserved", "Port {ranges} is reserved by Windows")
_RESERVED_TEXT = QT_TRANSLATE_NOOP(
    "Reserved",
    "Windows keeps these ports for itself: they are excluded port ranges, usually taken by "
    "Hyper-V, the Windows NAT service (WinNAT), Docker or WSL. No program can open them, "
    "not this check and not the PBX, so the PBX's calls on these ports fail whatever the "
    "router does. This is a problem of this computer, not of the router.",
)
_STEP_ADMIN = QT_TRANSLATE_NOOP(
    "Reserved",
    "The lasting fix needs an administrator and a quiet moment. Stop the PBX's services "
    "first: Windows refuses to exclude ports a program uses.",
)
_STEP_COMMANDS = QT_TRANSLATE_NOOP(
    "Reserved",
    "In a command prompt run as administrator, run the commands below: they stop the "
    "Windows NAT service, exclude the PBX's ports so that Windows does not hand them out "
    "again, start the service again and list the ranges. The PBX's ports then show with "
    "a * (excluded by an administrator), which programs such as the PBX can still open.",
)
_STEP_DYNAMIC = QT_TRANSLATE_NOOP(
    "Reserved",
    "Instead of excluding the ports, an administrator can move Windows' dynamic port "
    "range, from which these ranges are taken, away from the PBX's ports: netsh int ipv4 "
    "show dynamicport udp shows it, netsh int ipv4 set dynamicport udp start=… num=… "
    "moves it. Then stop and start the Windows NAT service as above.",
)
_STEP_TEMPORARY = QT_TRANSLATE_NOOP(
    "Reserved",
    "Restarting the Windows NAT service alone (net stop winnat, then net start winnat) "
    "frees the ports only until Windows reserves ranges again, often at the next restart. "
    "While it is stopped, the network of WSL, Docker and Hyper-V machines is down.",
)
_STEP_AGAIN = QT_TRANSLATE_NOOP(
    "Reserved", "Then start the PBX's services and run the check again."
)

_KEPT_TITLE = QT_TRANSLATE_NOOP("Reserved", "Ports {ranges} are kept free by an administrator")
_KEPT_TITLE_ONE = QT_TRANSLATE_NOOP("Reserved", "Port {ranges} is kept free by an administrator")
_KEPT_TEXT = QT_TRANSLATE_NOOP(
    "Reserved",
    "An administrator excluded these ports from the ones Windows hands out on its own "
    "(marked * in the list of excluded port ranges). Hyper-V, WinNAT, Docker and WSL "
    "cannot take them, and the PBX can still open them. Nothing to do.",
)

# A refused bind: the port did not open, so it says nothing against the list.
_NOT_OPENED = (Outcome.PORT_RESERVED, Outcome.NO_PERMISSION, Outcome.PORT_IN_USE)
# Refused with "access denied" and held by no one.
_REFUSED = (Outcome.PORT_RESERVED, Outcome.NO_PERMISSION)


def reserved_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """A problem for ranges no program may use that meet the checked ports; a word that
    ranges an administrator excluded keep the PBX's ports free."""
    opened = [port.port for port in result.ports if _opened(port)]
    # A range in which the check opened a port is not what keeps ports closed (the list
    # may have changed while the check ran): only the others are named.
    blocking = [
        r for r in result.reserved if not r.administered and not any(p in r for p in opened)
    ]
    # An administrator's range lets programs bind; one whose port was refused anyway
    # is not called good news.
    refused = [port.port for port in result.ports if port.outcome in _REFUSED]
    kept = [r for r in result.reserved if r.administered and not any(p in r for p in refused)]
    notes = []
    if blocking:
        notes.append(
            MachineNote(
                Severity.PROBLEM,
                _title(blocking, _RESERVED_TITLE, _RESERVED_TITLE_ONE),
                translated(CONTEXT, _RESERVED_TEXT),
                steps=tuple(
                    translated(CONTEXT, step)
                    for step in (_STEP_ADMIN, _STEP_COMMANDS, _STEP_DYNAMIC, _STEP_TEMPORARY)
                )
                + (translated(CONTEXT, _STEP_AGAIN),),
                commands=_fix_commands(blocking, [port.port for port in result.ports]),
            )
        )
    if kept:
        notes.append(
            MachineNote(
                Severity.INFO,
                _title(kept, _KEPT_TITLE, _KEPT_TITLE_ONE),
                translated(CONTEXT, _KEPT_TEXT),
            )
        )
    return tuple(notes)


def _fix_commands(blocking: Sequence[ReservedRange], checked: Iterable[int]) -> tuple[str, ...]:
    """The administrator's commands: stop WinNAT, exclude the PBX's ports, start WinNAT.

    The exclusion covers each unbroken run of checked ports that meets a reserved range,
    so Windows cannot carve that part of the PBX's ports again; without checked ports
    (no server answered, so none was opened) it covers the reserved ranges themselves.
    """
    runs = [run for run in _runs(sorted(set(checked))) if any(_meets(run, r) for r in blocking)]
    spans = runs or sorted((r.start, r.end) for r in blocking)
    return (
        "net stop winnat",
        *(
            f"netsh int ipv4 add excludedportrange protocol=udp startport={start} "
            f"numberofports={end - start + 1} store=persistent"
            for start, end in spans
        ),
        "net start winnat",
        "netsh int ipv4 show excludedportrange protocol=udp",
    )


def _opened(port: PortResult) -> bool:
    return port.outcome not in _NOT_OPENED and port.reason is not Reason.BIND_ERROR


def _runs(ports: Sequence[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for port in ports:
        if runs and port == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], port)
        else:
            runs.append((port, port))
    return runs


def _meets(run: tuple[int, int], span: ReservedRange) -> bool:
    return run[0] <= span.end and span.start <= run[1]


def _title(spans: Sequence[ReservedRange], several: str, one: str) -> str:
    single = len(spans) == 1 and spans[0].start == spans[0].end
    return translated(CONTEXT, one if single else several).format(ranges=_ranges(spans))


def _ranges(spans: Iterable[ReservedRange]) -> str:
    """``"56000–56099, 65002"``: as the port lists on every face write them."""
    return ", ".join(
        str(r.start) if r.start == r.end else f"{r.start}–{r.end}"
        for r in sorted(spans, key=lambda r: r.start)
    )
