"""The administrator action "Allow for this check": let this program receive the check's
answers through Windows Defender Firewall, for as long as it runs.

One hidden PowerShell process, started elevated (``ShellExecuteExW`` with the verb
``runas``, so Windows shows its UAC prompt), runs the ``netsh`` commands the results show
an administrator (``hostfirewall.allow_commands``): it deletes the enabled inbound block
rules for this program (they beat every allow rule), adds a temporary allow rule for it,
then waits until this program's process has ended, or 30 minutes at most, and deletes
the temporary rule again; so the rule goes away even when the wizard crashes. The script
tells this process that the rule is in place by writing netsh's exit code to a file.

The shell call is injectable: tests run a recorded fake, as no Windows machine is at hand.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from wizard.engine.hostfirewall import allow_commands, powershell_path
from wizard.engine.model import HostFirewall

ERROR_CANCELLED = 1223  # the user declined the UAC prompt
MAX_MINUTES = 30
WAIT_S = 60.0  # for the elevated process to say the rule is in place, after the prompt

# (program, parameters) -> 0 when the process started, else the Windows error code.
# It returns once the UAC prompt was answered.
ShellExecute = Callable[[str, str], int]


class Allowed(StrEnum):
    DONE = "done"  # the rule is in place until this program ends
    DECLINED = "declined"  # the UAC prompt was declined: nothing was changed
    FAILED = "failed"  # ``AllowResult.detail`` says why
    UNSUPPORTED = "unsupported"  # not Windows


@dataclass(frozen=True)
class AllowResult:
    outcome: Allowed
    detail: str | None = None


def _quoted(text: str) -> str:
    """A PowerShell single-quoted string."""
    return "'" + text.replace("'", "''") + "'"


def elevated_script(firewall: HostFirewall, pid: int, marker: str | Path) -> str:
    """The PowerShell script the elevated process runs. ``--%`` hands the rest of a line
    to netsh exactly as written, so it runs the very commands the results show."""
    *setup, remove = allow_commands(firewall)
    lines = ["$ErrorActionPreference = 'Continue'"]
    lines += [command.replace("netsh ", "netsh --% ", 1) for command in setup]
    lines += [
        "$added = $LASTEXITCODE",
        f"Set-Content -LiteralPath {_quoted(str(marker))} -Value $added -Encoding Ascii",
        f"Wait-Process -Id {int(pid)} -Timeout {MAX_MINUTES * 60} -ErrorAction SilentlyContinue",
        remove.replace("netsh ", "netsh --% ", 1),
    ]
    return "\n".join(lines)


def powershell_parameters(script: str) -> str:
    # Encoded, so no quote in a path or a rule's name can break the command line.
    encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
    return f"-NoProfile -NonInteractive -WindowStyle Hidden -EncodedCommand {encoded}"


def shell_execute_runas(program: str, parameters: str) -> int:  # pragma: no cover - Windows
    """``ShellExecuteExW`` with ``runas``, hidden; returns 0 or ``GetLastError()``."""
    import ctypes
    from ctypes import wintypes

    class ShellExecuteInfo(ctypes.Structure):
        _fields_ = [
            ("cbSize", wintypes.DWORD),
            ("fMask", wintypes.ULONG),
            ("hwnd", wintypes.HWND),
            ("lpVerb", wintypes.LPCWSTR),
            ("lpFile", wintypes.LPCWSTR),
            ("lpParameters", wintypes.LPCWSTR),
            ("lpDirectory", wintypes.LPCWSTR),
            ("nShow", ctypes.c_int),
            ("hInstApp", wintypes.HINSTANCE),
            ("lpIDList", ctypes.c_void_p),
            ("lpClass", wintypes.LPCWSTR),
            ("hkeyClass", wintypes.HKEY),
            ("dwHotKey", wintypes.DWORD),
            ("hIconOrMonitor", wintypes.HANDLE),
            ("hProcess", wintypes.HANDLE),
        ]

    see_mask_nocloseprocess, see_mask_flag_no_ui, sw_hide = 0x40, 0x400, 0
    info = ShellExecuteInfo()
    info.cbSize = ctypes.sizeof(info)
    # No UI: a declined prompt must not bring up the shell's own error dialog.
    info.fMask = see_mask_nocloseprocess | see_mask_flag_no_ui
    info.lpVerb = "runas"
    info.lpFile = program
    info.lpParameters = parameters
    info.nShow = sw_hide
    shell32 = ctypes.WinDLL("shell32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    shell32.ShellExecuteExW.argtypes = [ctypes.POINTER(ShellExecuteInfo)]
    shell32.ShellExecuteExW.restype = wintypes.BOOL
    if not shell32.ShellExecuteExW(ctypes.byref(info)):
        return ctypes.get_last_error() or 1
    if info.hProcess:
        kernel32.CloseHandle(info.hProcess)
    return 0


def allow_for_check(
    firewall: HostFirewall,
    *,
    pid: int | None = None,
    platform: str = sys.platform,
    shell_execute: ShellExecute | None = None,
    wait_s: float = WAIT_S,
    sleep: Callable[[float], None] = time.sleep,
) -> AllowResult:
    """Let ``firewall.program`` receive UDP answers until process ``pid`` (this one by
    default) ends. Blocks through the UAC prompt: call it in a thread. Never raises."""
    if platform != "win32":
        return AllowResult(Allowed.UNSUPPORTED, "only on Windows")
    run = shell_execute or shell_execute_runas
    folder = Path(tempfile.mkdtemp(prefix="pbx-firewall-wizard-"))
    marker = folder / "allowed.txt"
    try:
        script = elevated_script(firewall, os.getpid() if pid is None else pid, marker)
        try:
            code = run(powershell_path(), powershell_parameters(script))
        except OSError as exc:
            return AllowResult(Allowed.FAILED, str(exc))
        if code == ERROR_CANCELLED:
            return AllowResult(Allowed.DECLINED)
        if code != 0:
            return AllowResult(Allowed.FAILED, f"Windows error {code}")
        waited = 0.0
        while waited <= wait_s:
            try:
                answer = marker.read_text(encoding="ascii", errors="replace").strip()
            except OSError:
                answer = ""
            if re.fullmatch(r"-?\d+", answer):
                if int(answer) == 0:
                    return AllowResult(Allowed.DONE)
                return AllowResult(Allowed.FAILED, f"netsh ended with {answer}")
            sleep(0.25)
            waited += 0.25
        return AllowResult(Allowed.FAILED, "the elevated process did not report back")
    except Exception as exc:  # an action offered as a button must not end the program
        return AllowResult(Allowed.FAILED, repr(exc)[:300])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
