"""The package as pip installs it, not as the source tree holds it: a wheel built from a
copy of the tree as a fresh clone has it, installed into a fresh virtual environment and
run there from a folder outside any source tree. Whatever the program reads at run time
(product files, compiled translations, icons, report templates) must come from inside
the installed package, as with `pip install .`, a built wheel or `pipx install`."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from ci import need
from netutil import free_ports

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
# What a fresh clone lacks: git's files, build output, the compiled translations (the
# wheel build must make them), caches, any virtual environment kept in the tree.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".*", "build", "dist", "*.egg-info", "__pycache__", "*.qm", "screenshots", "venv"
)


def resource_files(tree: Path) -> set[str]:
    """The files under resources/ that are sources (the .qm files are built from .ts)."""
    folder = tree / "resources"
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".qm"
    }


def run(argv: list, **options) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, encoding="utf-8", **options
    )
    assert done.returncode == 0, f"{argv}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("clone") / "pbx-firewall-wizard"
    shutil.copytree(ROOT, source, ignore=NOT_IN_A_CLONE)
    return source


@pytest.fixture(scope="module")
def python(tree, tmp_path_factory) -> Path:
    """The interpreter of a fresh virtual environment with only the wheel installed."""
    need(importlib.util.find_spec("ensurepip") is not None, "venv with pip (python3-venv)")
    work = tmp_path_factory.mktemp("wheel")
    # As `pip install .` builds: in an isolated build environment from pyproject.toml.
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", work, tree],
        timeout=900,
    )
    (wheel,) = work.glob("pbx_firewall_wizard-*.whl")
    venv = work / "venv"
    run([sys.executable, "-m", "venv", venv], timeout=300)
    python = venv / ("Scripts/python.exe" if WINDOWS else "bin/python")
    # The dependencies come from this interpreter's site-packages (PySide6 is large), as
    # plain entries after the venv's own: unlike --system-site-packages this works from
    # inside a venv too, and runs none of their .pth files, so this checkout's editable
    # install cannot stand in for the wheel.
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    ours = [*site.getsitepackages(), site.getusersitepackages()]
    borrowed = "".join(f"{folder}\n" for folder in ours if Path(folder).is_dir())
    Path(purelib.stdout.strip(), "borrowed-dependencies.pth").write_text(borrowed, "utf-8")
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel])
    return python


@pytest.fixture
def outside(tmp_path) -> Path:
    """A working folder in no source tree, and a home of its own for settings and logs."""
    (tmp_path / "work").mkdir()
    return tmp_path


def wizard(python: Path, outside: Path, *args: str, timeout: float = 120):
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LANGUAGE"))}
    environ = dict(
        keep,
        QT_QPA_PLATFORM="offscreen",
        PYTHONUTF8="1",
        LC_ALL="C.UTF-8",  # the system's language is English: no --lang means English
        LANG="C.UTF-8",
        HOME=str(outside / "home"),
        XDG_DATA_HOME=str(outside / "home" / "data"),
        XDG_CONFIG_HOME=str(outside / "home" / "config"),
        XDG_STATE_HOME=str(outside / "home" / "state"),
        APPDATA=str(outside / "home" / "data"),
        LOCALAPPDATA=str(outside / "home" / "state"),
    )
    return subprocess.run(
        [str(python), "-m", "wizard", *args],
        cwd=outside / "work",
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def test_the_wheel_carries_every_resource_inside_the_package(python, tree, outside):
    probe = (
        "import json, sys, wizard\n"
        "files = [p.relative_to(wizard.RESOURCES).as_posix()\n"
        "         for p in wizard.RESOURCES.rglob('*') if p.is_file()]\n"
        "print(json.dumps({'prefix': sys.prefix, 'module': wizard.__file__,\n"
        "                  'resources': str(wizard.RESOURCES), 'files': sorted(files)}))\n"
    )
    done = run([python, "-c", probe], cwd=outside / "work")
    found = json.loads(done.stdout)
    package = Path(found["module"]).parent
    assert package.is_relative_to(found["prefix"])  # the wheel, not this checkout
    assert Path(found["resources"]) == package / "resources"
    shipped = resource_files(tree)
    compiled = {f"translations/wizard_{lang}.qm" for lang in ("en", "de", "fr", "es")}
    assert {"products/3cx.toml", "icons/app.svg", "templates/report.html.j2"} <= shipped
    assert set(found["files"]) == shipped | compiled


def test_products_from_the_wheel(python, outside):
    done = wizard(python, outside, "products")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warning about a missing translation either
    listed = [line.split()[0] for line in done.stdout.splitlines() if not line.startswith(" ")]
    assert listed == ["3cx", "swyxware", "pbxact", "custom"]
    for name in ("3CX", "SwyxWare  (versions: 5.00, 5.01)", "PBXact", "Other PBX"):
        assert name in done.stdout


def test_ports_from_the_wheel(python, outside):
    done = wizard(python, outside, "ports", "--product", "3cx")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line[:1].isdigit()}
    assert "Forwarded one-to-one (full cone)" in rows["9000-10999"]
    assert "Audio and video" in rows["9000-10999"]
    assert {"5060", "5061", "5090", "5001", "443", "5000"} <= set(rows)


def test_check_help_from_the_wheel(python, outside):
    done = wizard(python, outside, "check", "--help")
    assert done.returncode == 0, done.stderr
    for option in ("--product ID", "--stun HOST[:PORT]", "--ports SPEC", "--report FILE"):
        assert option in done.stdout


def test_german_from_the_wheel(python, outside):
    done = wizard(python, outside, "--lang", "de", "ports", "--product", "3cx")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Protokoll" in done.stdout and "Zweck" in done.stdout
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line[:1].isdigit()}
    assert "1:1 weitergeleitet (Full Cone)" in rows["9000-10999"]
    assert "Audio und Video" in rows["9000-10999"]  # a product file's sentence, translated


def test_the_wizard_from_the_wheel_shows_its_first_page_in_french(python, outside):
    done = wizard(python, outside, "--smoke", "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert "app.svg" not in done.stderr  # Qt found the window icon
    (log,) = (outside / "home").rglob("wizard.log")
    text = log.read_text(encoding="utf-8")
    assert "smoke: ok" in text and "language fr" in text
    assert "first page 'Which phone system?'" not in text  # our catalog was found


def test_a_check_from_the_wheel_writes_its_html_report(python, outside, coturn):
    ports = free_ports(2)
    report = outside / "work" / "report.html"
    done = wizard(
        python, outside, "check", "--product", "3cx", "--stun", coturn.spec,
        "--ports", f"{ports[0]}-{ports[-1]}", "--rate", "500", "--timeout", "0.5",
        "--report", "report.html",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    page = report.read_text(encoding="utf-8")  # from the template inside the package
    assert "<html" in page and f"{ports[0]}" in page


def test_the_sdist_holds_what_a_wheel_build_needs(tree, tmp_path):
    """`python -m build` and a package index build the wheel from the sdist, not the tree."""
    need(importlib.util.find_spec("setuptools") is not None, "setuptools")
    code = (
        "import sys\n"
        "from setuptools.build_meta import build_sdist\n"
        "print(build_sdist(sys.argv[1]))\n"
    )
    done = run([sys.executable, "-c", code, tmp_path], cwd=tree, timeout=300)
    sdist = tmp_path / done.stdout.strip().splitlines()[-1]
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {f"resources/{name}" for name in resource_files(tree)} <= names
    for language in ("en", "de", "fr", "es"):
        assert f"translations/wizard_{language}.ts" in names
    assert "translations/update.py" in names
    assert not any(name.endswith(".qm") for name in names)  # build output, made again
