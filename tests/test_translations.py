"""The translation catalog: complete, in step with the sources, and used by both faces."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from netutil import free_ports

ROOT = Path(__file__).resolve().parent.parent
UPDATE = ROOT / "translations" / "update.py"
SHIPPED = ("de", "fr", "es")
CATALOGS = ("en", *SHIPPED)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
QT_ARGS = re.compile(r"%[vmn]")
MNEMONIC = re.compile(r"&(?!&)\w")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ROOT / "translations" / f"wizard_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation; the plural form for many, where there are forms."""
    return {
        (context, source): forms(message)[-1] for context, source, message in messages(language)
    }


def test_ts_files_are_up_to_date_with_the_sources():
    done = subprocess.run(
        [sys.executable, str(UPDATE), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_catalog_covers_every_part():
    contexts = {context for context, _, _ in messages("de")}
    for part in ("Verdicts", "Outcomes", "Cli", "Handover", "Report", "Products", "PortSpec",
                 "ServerSpec", "ProductPage", "PortsPage", "SettingsPage", "RunningPage",
                 "ResultsPage"):  # fmt: skip
        assert part in contexts
    assert len(messages("de")) > 400


@pytest.mark.parametrize("language", CATALOGS)
def test_every_message_is_finished(language):
    problems = []
    for context, source, message in messages(language):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not all(form.strip() for form in forms(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
        elif message.get("numerus") == "yes" and len(forms(message)) < 2:
            problems.append(f"{context}: {source!r} lacks its plural forms")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", CATALOGS)
def test_placeholders_mnemonics_and_qt_arguments_survive(language):
    problems = []
    for context, source, message in messages(language):
        for translation in forms(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                problems.append(f"{context}: placeholders of {source!r} differ: {translation!r}")
            if sorted(QT_ARGS.findall(source)) != sorted(QT_ARGS.findall(translation)):
                problems.append(f"{context}: %-arguments of {source!r} differ: {translation!r}")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
                problems.append(f"{context}: mnemonic of {source!r} is lost: {translation!r}")
    assert not problems, "\n".join(problems[:20])


def test_english_says_one_port_and_two_ports():
    english = {source: forms(m) for _, source, m in messages("en")}
    assert english["{title} — %n port(s)"] == ["{title} — %n port", "{title} — %n ports"]
    # Only messages with plural forms are in the English catalog.
    assert all(m.get("numerus") == "yes" for _, _, m in messages("en"))


def test_a_translation_differs_from_its_source_where_words_are_involved():
    for language in SHIPPED:
        same = [
            source
            for (_, source), translation in catalog(language).items()
            if translation == source
            and len(re.findall(r"[^\W\d_]{2,}", PLACEHOLDER.sub("", source))) > 3
        ]
        # Sentences are never left in English; short technical names may be.
        assert not same, same[:10]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args], capture_output=True, text=True, timeout=60
    )


def test_check_speaks_german_and_keeps_its_codes(coturn):
    ports = free_ports(3)
    done = run_cli("check", "--product", "3cx", "--stun", coturn.spec, "--ports",
                   f"{ports[0]}-{ports[-1]}", "--rate", "500", "--timeout", "0.5",
                   "--lang", "de", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["verdict"] == "success"
    assert document["nat"]["mapping"] == "endpoint-independent"
    assert {p["outcome"] for p in document["ports"]} == {"pass"}
    english = "All checked ports behave as the product needs."
    assert document["message"] == catalog("de")[("Verdicts", english)]
    assert document["message"] != english


def test_bad_input_is_reported_in_the_chosen_language():
    done = run_cli("check", "--product", "3cx", "--ports", "9000-70000", "--lang", "fr")
    assert done.returncode == 2
    template = catalog("fr")[("PortSpec", "port {port} is outside 1–65535")]
    assert template.format(port=70000) in done.stderr
    error = catalog("fr")[("Cli", "error: {problem}")]
    assert done.stderr.startswith(error.split("{problem}")[0])


def test_readable_output_in_spanish(coturn):
    ports = free_ports(2)
    done = run_cli("check", "--product", "custom", "--stun", coturn.spec, "--ports",
                   f"{ports[0]}-{ports[-1]}", "--rate", "500", "--timeout", "0.5",
                   "--lang", "es")  # fmt: skip
    assert done.returncode == 0, done.stderr
    spanish = catalog("es")
    assert spanish[("Verdicts", "All checked ports behave as the product needs.")] in done.stdout
    assert spanish[("Outcomes", "Passed")] in done.stdout
