"""Reports a customer can send to support, built from a scan result.

The JSON document is the contract of ``check --json`` and of the wizard's JSON export:
the engine's codes unchanged, plus the verdict's message in the reader's language.
"""

from __future__ import annotations

import json

from wizard import __version__
from wizard.engine.model import ScanResult
from wizard.verdicts import verdict_message


def json_document(result: ScanResult) -> dict:
    data = result.as_dict()
    document = {"verdict": data.pop("verdict"), "message": verdict_message(result.verdict)}
    document.update(data)
    document["tool_version"] = __version__
    return document


def to_json(result: ScanResult) -> str:
    return json.dumps(json_document(result), indent=2, ensure_ascii=False)
