"""The responder's deployment files say what the responder understands: the unit's and
the container's command lines parse, the unit passes systemd's own check, and the
container copies files that exist."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

from ci import need

from wizard.responder.command import build_parser

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "packaging" / "responder"
UNIT = FOLDER / "pbx-responder.service"
CONTAINERFILE = FOLDER / "Containerfile"


def unit_settings() -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


def test_the_units_command_line_is_the_responders():
    settings = unit_settings()
    (command,) = settings["ExecStart"]
    argv = shlex.split(command.replace("${CREDENTIALS_DIRECTORY}", "/run/credentials/x"))
    assert argv[:4] == ["/usr/bin/python3", "-m", "wizard", "responder"]
    args = build_parser().parse_args(argv[4:])
    assert args.listen == ("0.0.0.0", 3480) and args.sip_port == 5060
    assert args.probe_ports == (40000, 41999)  # the range the README opens
    credential = settings["LoadCredential"][0].split(":")[0]
    assert args.secret_file == f"/run/credentials/x/{credential}"
    # Unprivileged, and nothing but the one capability.
    assert settings["DynamicUser"] == ["yes"] and settings["NoNewPrivileges"] == ["yes"]
    assert settings["CapabilityBoundingSet"] == ["CAP_NET_BIND_SERVICE"]
    assert settings["ProtectSystem"] == ["strict"]


def test_systemd_accepts_the_unit():
    need(shutil.which("systemd-analyze") is not None, "systemd-analyze")
    need(Path("/usr/bin/python3").exists(), "/usr/bin/python3, the unit's interpreter")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(UNIT)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_the_container_copies_what_exists_and_runs_the_responder():
    text = CONTAINERFILE.read_text()
    for sources in re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M):
        for source in sources.split():
            assert (ROOT / source).exists(), source
    entry = re.search(r"^ENTRYPOINT (\[.*\])$", text, re.M)[1]
    cmd = re.search(r"^CMD (\[.*\])$", text, re.M)[1]
    assert json.loads(entry) == ["python", "-m", "wizard", "responder"]
    args = build_parser().parse_args(json.loads(cmd))
    assert args.listen == ("0.0.0.0", 3480) and args.sip_port == 5060
    assert args.probe_ports == (40000, 41999)
    assert re.search(r"^EXPOSE .*\b40000-41999/udp", text, re.M)
    assert re.search(r"^USER 65534", text, re.M)
    assert "--no-deps" in text
