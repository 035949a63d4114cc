"""The administrator action "Allow for this check", with a recorded fake of the Windows
shell: what it starts, and what each answer of the UAC prompt and of netsh means."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from wizard.elevation import (
    ERROR_CANCELLED,
    MAX_MINUTES,
    Allowed,
    allow_for_check,
    elevated_script,
)
from wizard.engine.hostfirewall import allow_commands
from wizard.engine.model import FirewallInbound, HostFirewall

EXE = r"C:\Users\Jürgen\Downloads\PBX Firewall Wizard.exe"
BLOCKED = HostFirewall(
    FirewallInbound.FILTERS,
    product="Windows Defender Firewall",
    profiles=("public",),
    enabled=True,
    default_inbound_block=True,
    block_rules=("pbx firewall wizard.exe", "Jürgen's 'rule'"),
    program=EXE,
)


def decoded(parameters: str) -> str:
    encoded = parameters.split("-EncodedCommand ", 1)[1]
    return base64.b64decode(encoded).decode("utf-16-le")


class FakeShell:
    """Answers as ShellExecuteExW would; with ``netsh_code`` set, it also does what the
    elevated script does first: write netsh's exit code to the file it names."""

    def __init__(self, code: int = 0, netsh_code: int | None = 0):
        self.code, self.netsh_code = code, netsh_code
        self.calls: list[tuple[str, str]] = []

    def __call__(self, program: str, parameters: str) -> int:
        self.calls.append((program, parameters))
        if self.code == 0 and self.netsh_code is not None:
            marker = re.search(r"Set-Content -LiteralPath '(.+?)' ", decoded(parameters))
            assert marker is not None
            Path(marker.group(1)).write_text(f"{self.netsh_code}\r\n", encoding="ascii")
        return self.code


def allow(shell: FakeShell, **kw):
    return allow_for_check(
        BLOCKED, pid=4242, platform="win32", shell_execute=shell, sleep=lambda s: None, **kw
    )


def test_one_hidden_elevated_powershell_runs_the_commands_shown():
    shell = FakeShell()
    assert allow(shell).outcome is Allowed.DONE
    [(program, parameters)] = shell.calls
    assert program.endswith(r"\WindowsPowerShell\v1.0\powershell.exe")
    assert parameters.startswith("-NoProfile -NonInteractive -WindowStyle Hidden -EncodedCommand ")
    script = decoded(parameters)
    *setup, remove = allow_commands(BLOCKED)
    lines = script.splitlines()
    # Exactly the commands the administrator is shown, in order, netsh taking them verbatim.
    ran = [line.replace("netsh --% ", "netsh ") for line in lines if line.startswith("netsh")]
    assert ran == [*setup, remove]
    assert len(setup) == 4  # two block rules deleted, the allow rules (UDP, TCP) added
    # The rule is removed only after this program's process ended, or 30 minutes.
    wait = next(line for line in lines if line.startswith("Wait-Process"))
    assert "-Id 4242" in wait and f"-Timeout {MAX_MINUTES * 60}" in wait
    assert lines.index(wait) < len(lines) - 1 and lines[-1].endswith(remove.split("netsh ")[1])


def test_a_declined_prompt_is_a_plain_not_done():
    shell = FakeShell(code=ERROR_CANCELLED)
    result = allow(shell)
    assert result.outcome is Allowed.DECLINED and result.detail is None


def test_another_shell_error_is_a_failure_with_its_code():
    result = allow(FakeShell(code=5))
    assert result.outcome is Allowed.FAILED and "5" in (result.detail or "")


def test_netsh_failing_is_a_failure():
    result = allow(FakeShell(netsh_code=1))
    assert result.outcome is Allowed.FAILED and "netsh" in (result.detail or "")


def test_no_word_from_the_elevated_process_ends_the_wait():
    result = allow(FakeShell(netsh_code=None), wait_s=1.0)
    assert result.outcome is Allowed.FAILED and "did not report" in (result.detail or "")


def test_a_shell_that_raises_is_a_failure_not_a_crash():
    def broken(program: str, parameters: str) -> int:
        raise OSError("no shell32")

    assert allow(broken).outcome is Allowed.FAILED  # type: ignore[arg-type]


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_only_on_windows(platform):
    shell = FakeShell()
    result = allow_for_check(BLOCKED, platform=platform, shell_execute=shell)
    assert result.outcome is Allowed.UNSUPPORTED and shell.calls == []


def test_paths_and_names_with_quotes_stay_inside_their_strings(tmp_path):
    marker = tmp_path / "it's here" / "allowed.txt"
    script = elevated_script(BLOCKED, 1, marker)
    assert f"-LiteralPath '{str(marker).replace(chr(39), chr(39) * 2)}'" in script
