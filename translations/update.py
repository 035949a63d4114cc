"""Keep the translations in step with the sources, and compile them.

    python translations/update.py            regenerate wizard_{en,de,fr,es}.ts from the sources
    python translations/update.py --release  compile them to resources/translations/*.qm
    python translations/update.py --check    exit 1 if regenerating would change a .ts file

The product files stay the only source of their facts: their sentences (summaries,
purposes, notes, version names, the keep-alive setting) are written into a throwaway
Python file of ``QT_TRANSLATE_NOOP("Products", ...)`` lines that lupdate reads beside the
code, and the wizard translates them with ``wizard.i18n.product_text``.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "wizard"
PRODUCTS = ROOT / "resources" / "products"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es")
# English is the source language; its catalog holds only the plural forms ("1 port",
# "2 ports") of the messages written with %n.
CATALOGS = ("en", *LANGUAGES)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the PySide6 the wizard runs on."""
    import PySide6

    here = Path(PySide6.__file__).parent
    for candidate in (here / name, here / f"{name}.exe", here / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"cannot find {name} in PySide6 ({here}) or pyside6-{name} on PATH")
    return found


def product_sentences() -> Iterator[str]:
    for path in sorted(PRODUCTS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        yield data["name"]
        yield data["summary"]
        yield from data.get("notes", ())
        if "keepalive_setting" in data:
            yield data["keepalive_setting"]
        for version in data.get("versions", ()):
            yield version["name"]
        for rule in data.get("rules", ()):
            yield rule["purpose"]


def write_product_strings(path: Path) -> None:
    seen: list[str] = []
    for sentence in product_sentences():
        if sentence not in seen:
            seen.append(sentence)
    lines = ['"""Generated for lupdate from resources/products; never imported."""', ""]
    lines += [f'QT_TRANSLATE_NOOP("Products", {sentence!r})' for sentence in seen]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update(ts_dir: Path) -> None:
    """Run lupdate over the code and the product sentences into ``ts_dir``."""
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    with tempfile.TemporaryDirectory() as temp:
        products = Path(temp) / "products_strings.py"
        write_product_strings(products)
        for language in CATALOGS:
            target = ts_dir / f"wizard_{language}.ts"
            argv = [
                tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                "-source-language", "en", "-target-language", language,
                *(["-pluralonly"] if language == "en" else []),
                *sources, str(products), "-ts", str(target),
            ]  # fmt: skip
            subprocess.run(argv, check=True)


def release(qm_dir: Path = QM_DIR) -> list[Path]:
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in CATALOGS:
        source = TS_DIR / f"wizard_{language}.ts"
        target = qm_dir / f"wizard_{language}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def stale() -> list[str]:
    """The .ts files that regenerating would change."""
    with tempfile.TemporaryDirectory() as temp:
        for language in CATALOGS:
            shutil.copy(TS_DIR / f"wizard_{language}.ts", Path(temp) / f"wizard_{language}.ts")
        update(Path(temp))
        return [
            f"wizard_{language}.ts"
            for language in CATALOGS
            if not filecmp.cmp(
                TS_DIR / f"wizard_{language}.ts", Path(temp) / f"wizard_{language}.ts", False
            )
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile .qm files")
    parser.add_argument("--check", action="store_true", help="fail if a .ts file is stale")
    args = parser.parse_args()
    if args.check:
        changed = stale()
        if changed:
            print("out of date, run translations/update.py:", ", ".join(changed))
            return 1
        return 0
    if args.release:
        for path in release():
            print(path.relative_to(ROOT))
        return 0
    update(TS_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
