"""The Windows workflow, read here since no Windows runner answers to this CI: it parses,
no step ends on an expected non-zero exit code, and it checks what it must (the real
platform, the start time, one copy at a time, the computer's firewall and reserved
ports, signing). Its STUN server is run here for real."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aioice import stun
from ci import need

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the machine
    yaml = None


@pytest.fixture(scope="module")
def workflow() -> dict:
    need(yaml is not None, "PyYAML, to read the workflow")
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def steps(workflow) -> dict[str, dict]:
    return {
        step.get("name", step.get("uses", "")): step for step in workflow["jobs"]["build"]["steps"]
    }


def script(steps: dict[str, dict], name: str) -> str:
    return steps[name]["run"]


def test_it_runs_on_pushes_of_branches_and_tags(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert triggers["push"] is None  # no filter: every branch and every tag


def pending_exit_code(text: str) -> list[str]:
    """Lines after which a non-zero exit code, asserted as expected, is left in
    $LASTEXITCODE at the end of the step (GitHub's pwsh wrapper exits with it)."""
    pending: list[str] = []
    for line in text.splitlines():
        expected = re.search(r"\$LASTEXITCODE -ne (\d+)", line)
        if expected and expected.group(1) != "0":
            pending.append(line.strip())
        if re.search(r"\$global:LASTEXITCODE = 0", line):
            pending.clear()
    return pending


def test_no_pwsh_step_ends_on_the_exit_code_it_expected(steps):
    pwsh = {name: step for name, step in steps.items() if step.get("shell") == "pwsh"}
    assert len(pwsh) >= 6
    for name, step in pwsh.items():
        assert pending_exit_code(step["run"]) == [], name


def test_the_exit_code_rule_catches_the_old_smoke_step():
    old = (
        "& $twin check --product 3cx --ports 9000 --stun 127.0.0.1:9 --json\n"
        'if ($LASTEXITCODE -ne 1) { throw "check should exit 1" }\n'
        "$p = Start-Process $exe -Wait -PassThru\n"
    )
    assert pending_exit_code(old) == ['if ($LASTEXITCODE -ne 1) { throw "check should exit 1" }']
    assert pending_exit_code(old + "$global:LASTEXITCODE = 0\n") == []


def test_the_program_is_smoke_tested_on_the_real_windows_platform(workflow, steps):
    assert "QT_QPA_PLATFORM" not in workflow["jobs"]["build"].get("env", {})
    smoke = steps["Smoke test of the exe (real windows platform)"]
    assert "QT_QPA_PLATFORM" not in smoke.get("env", {})
    assert "QT_QPA_PLATFORM" not in smoke["run"]
    assert "platform windows;" in smoke["run"]
    assert "style windowsvista;" in smoke["run"]  # windows-2022 is Windows 10 based
    assert steps["Tests"]["env"]["QT_QPA_PLATFORM"] == "offscreen"  # pytest only


def test_only_the_lines_of_this_run_count(steps):
    for name in ("Smoke test of the exe (real windows platform)", "One copy at a time"):
        text = script(steps, name)
        assert "Get-LogLength" in text and "wizard-log.ps1" in text, name
        assert "Get-ChildItem -Recurse" not in text and "Get-Content $log" not in text
        assert "$env:LOCALAPPDATA\\PBX Firewall Wizard" in text  # logs are local now
    helper = (WORKFLOW.parent / "wizard-log.ps1").read_text(encoding="utf-8")
    assert "Seek($offset" in helper and "FileShare]::ReadWrite" in helper


def test_the_start_time_is_measured_against_budgets(workflow, steps):
    env = workflow["jobs"]["build"]["env"]
    assert float(env["ONEFILE_START_BUDGET_S"]) > 0 and float(env["FOLDER_START_BUDGET_S"]) > 0
    text = script(steps, "Start time of the one-file and the folder program")
    assert "dist\\PBXFirewallWizard.exe" in text
    assert "$env:ONEFILE_START_BUDGET_S" in text and "throw" in text


def test_a_second_start_and_a_stale_lock_are_tried(steps):
    text = script(steps, "One copy at a time")
    assert "its window was shown" in text and "a later start asked for this window" in text
    assert "Stop-Process -Id $first.Id -Force" in text


def test_the_computer_s_firewall_and_reserved_ports_are_set_up_and_judged(steps):
    text = script(steps, "This computer's firewall and reserved ports")
    assert re.search(r"New-NetFirewallRule .*-Direction Inbound -Action Block", text)
    assert "-Program $twin" in text
    assert "netsh int ipv4 add excludedportrange protocol=udp startport=40200" in text
    assert '$blocked.verdict -ne "blocked_on_this_computer"' in text
    assert "$blocked.firewall.block_rules -notcontains $rule" in text
    assert '$port.outcome -ne "port_reserved"' in text
    assert "tests\\packaging\\stun_server.py" in text and "--silent-for" in text
    # Whatever happens, the runner is left as it was found.
    cleanup = text[text.index("} finally {") :]
    assert "Remove-NetFirewallRule" in cleanup and "delete excludedportrange" in cleanup


def test_signing_needs_a_certificate_and_release_tags_need_a_signature(steps):
    probe, sign = steps["Is there a signing certificate?"], steps["Sign"]
    assert sign["if"] == "steps.signing.outputs.present == 'true'"
    assert "secrets.WINDOWS_SIGNING_CERT" in sign["env"]["SIGNING_CERT"]
    assert "secrets.WINDOWS_SIGNING_CERT" in probe["env"]["SIGNING_CERT"]
    assert all(
        "secrets." not in str(step.get("env", {}))
        for step in steps.values()
        if step not in (probe, sign)
    )
    text = sign["run"]
    assert re.search(r"sign /fd SHA256 [^\n]*`\n\s*/tr \$env:TIMESTAMP_URL /td SHA256", text)
    assert '$key -ne "RSA"' in text
    release = steps["Release builds are signed"]
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert "Get-AuthenticodeSignature" in release["run"]
    assert '$signature.Status -ne "Valid"' in release["run"]


def test_signing_comes_before_the_program_is_tested_and_uploaded(workflow):
    names = [step.get("name", step.get("uses")) for step in workflow["jobs"]["build"]["steps"]]
    assert names.index("Sign") < names.index("Smoke test of the exe (real windows platform)")
    assert names.index("Release builds are signed") < names.index("actions/upload-artifact@v4")
    assert (
        "dist/PBXFirewallWizard.exe.sha256"
        in workflow["jobs"]["build"]["steps"][-1]["with"]["path"]
    )


def ask(sock: socket.socket, server: tuple[str, int], change: int = 0) -> tuple | None:
    request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
    if change:
        request.attributes["CHANGE-REQUEST"] = change
    sock.sendto(bytes(request), server)
    try:
        data, sender = sock.recvfrom(2048)
    except TimeoutError:
        return None
    return sender, stun.parse_message(data).attributes["XOR-MAPPED-ADDRESS"]


def test_the_workflow_s_stun_server_is_silent_for_test_2_of_the_listed_ports(tmp_path):
    spec_file = tmp_path / "stun.txt"
    silent, heard = (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM),
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM),
    )
    silent.bind(("127.0.0.1", 0))
    heard.bind(("127.0.0.1", 0))
    for sock in (silent, heard):
        sock.settimeout(1.0)
    port = silent.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "packaging" / "stun_server.py"),
         "--spec-file", str(spec_file), "--silent-for", f"1-2,{port}"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while not (spec_file.exists() and spec_file.read_text()):
            assert server.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        host, _, number = spec_file.read_text().partition(":")
        address = (host, int(number))
        # Test 1 is answered for every port, test 2 only for the others.
        assert ask(silent, address) == (address, silent.getsockname())
        assert ask(silent, address, change=0x6) is None
        other_ip = ask(heard, address, change=0x6)
        assert other_ip is not None and other_ip[0] == ("127.0.0.2", address[1] + 1)
    finally:
        server.kill()
        server.wait()
        silent.close()
        heard.close()
