"""The packaged Windows program is windowed; run from a console, it writes to that console.

A windowed exe has no stdout or stderr. When a technician types
``PBXFirewallWizard.exe check ...`` in cmd.exe or PowerShell, the program attaches to
that console and writes there; started by a double-click, it stays a window and
attaches to nothing. (The one-folder build also ships ``pbxcheck.exe``, a console twin
whose exit code cmd.exe waits for.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

ATTACH_PARENT_PROCESS = -1  # wincon.h: (DWORD)-1


def _kernel32() -> Any:
    import ctypes

    return ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]


def attach_parent_console(
    argv: Sequence[str],
    *,
    platform: str = sys.platform,
    frozen: bool | None = None,
    kernel32: Any = None,
    opener: Callable[..., TextIO] = open,
) -> bool:
    """Attach to the parent's console when a windowed Windows build gets a command.

    Returns True when stdout and stderr now write to a console.
    """
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if platform != "win32" or not frozen or not argv:
        return False
    if sys.stdout is not None and sys.stderr is not None:
        return False  # the console twin, or output redirected to a file: nothing to do
    kernel32 = kernel32 or _kernel32()
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer: there is no console to write to
    sys.stdout = opener("CONOUT$", "w", encoding="utf-8", errors="replace")
    sys.stderr = opener("CONOUT$", "w", encoding="utf-8", errors="replace")
    # cmd.exe has printed its prompt already; start on a fresh line.
    sys.stdout.write("\n")
    return True
