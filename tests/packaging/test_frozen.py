"""The packaged program itself, as support sends it: run from dist/ after
`python packaging/build.py` (`./run-tests --frozen` builds it first)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ci import need
from netutil import free_ports

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""
ONEFILE = ROOT / "dist" / f"PBXFirewallWizard{EXE}"
FOLDER = ROOT / "dist" / "PBXFirewallWizard-folder"
PROGRAMS = [ONEFILE, FOLDER / f"PBXFirewallWizard{EXE}", FOLDER / f"pbxcheck{EXE}"]


@pytest.fixture(scope="module", autouse=True)
def built():
    if os.environ.get("PBX_FROZEN") != "1":
        pytest.skip("the frozen build is tested with ./run-tests --frozen")
    need(all(p.exists() for p in PROGRAMS), "the packaged program (python packaging/build.py)")


def isolated(home: Path) -> dict[str, str]:
    """Settings and logs go to the user's app-data folder: here, a fresh one."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_version(program):
    done = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == "PBX Firewall Wizard 0.1.0"


@pytest.mark.parametrize("program", [PROGRAMS[0], PROGRAMS[2]], ids=lambda p: p.name)
def test_headless_check_against_coturn(program, coturn, tmp_path):
    ports = free_ports(4)
    done = subprocess.run(
        [str(program), "check", "--product", "3cx", "--stun", coturn.spec, "--ports",
         f"{ports[0]}-{ports[-1]}", "--rate", "500", "--timeout", "0.5", "--json"],
        capture_output=True, text=True, timeout=60, env=isolated(tmp_path),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["verdict"] == "success"
    assert [p["port"] for p in document["ports"]] == ports
    assert document["stun"][0]["other_address"] == f"127.0.0.2:{coturn.port + 1}"


def test_bad_input_from_the_frozen_program(tmp_path):
    done = subprocess.run(
        [str(ONEFILE), "check", "--product", "nosuch"],
        capture_output=True, text=True, timeout=60, env=isolated(tmp_path),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr


@pytest.mark.parametrize("program", PROGRAMS[:2], ids=["one-file", "one-folder"])
def test_smoke_shows_the_first_page_in_french_and_exits(program, tmp_path):
    done = subprocess.run(
        [str(program), "--smoke", "--lang", "fr"],
        capture_output=True, text=True, timeout=60, env=isolated(tmp_path),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    logs = list(tmp_path.rglob("wizard.log"))
    assert len(logs) == 1 and logs[0].is_relative_to(tmp_path / "data")
    log = logs[0].read_text()
    assert "smoke: ok" in log
    assert "language fr" in log
    assert "'&Suivant >'" in log  # Qt's own buttons, from the bundled qtbase_fr.qm
    assert "first page 'Which phone system?'" not in log  # our catalog was bundled too
    # Nothing written anywhere but the app-data and config folders.
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*") if p.is_file()}
    assert written <= {"data", "config"}


def test_only_the_one_file_program_carries_a_splash_screen():
    from PyInstaller.archive.readers import CArchiveReader

    def kinds(program: Path) -> set[str]:
        return {entry[-1] for entry in CArchiveReader(str(program)).toc.values()}

    assert "l" in kinds(ONEFILE)  # PyInstaller's typecode for the splash resources
    assert "l" not in kinds(PROGRAMS[1])


def test_on_a_display_the_splash_gives_way_to_the_first_page(tmp_path):
    """With an X display the bootloader really shows its Tcl/Tk splash screen; the
    wizard closes it and comes up."""
    need(shutil.which("xvfb-run") is not None, "xvfb-run (a virtual display)")
    env = isolated(tmp_path)
    del env["QT_QPA_PLATFORM"]
    env.pop("DISPLAY", None)
    done = subprocess.run(
        ["xvfb-run", "-a", str(ONEFILE), "--smoke", "--lang", "de"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    log = next(tmp_path.rglob("wizard.log")).read_text()
    assert "smoke: ok; version 0.1.0; platform xcb;" in log
