"""A pseudo-language for layout checks: every text about 40 % longer and accented.

    python translations/pseudo.py OUT.qm

Placeholders ({name}), Qt arguments (%v), mnemonics (&x) and markup (<b>) stay as they
are, so the pseudo-language runs like a real one; anything the layout clips, or any text
left in plain English, shows at a glance.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update import TS_DIR, tool  # noqa: E402

KEEP = re.compile(r"(\{[^{}]*\}|%[vmn]|&\w|<[^>]+>|&[a-z]+;)")
ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéîõüÁÉÎÕÜçñýÇÑÝ")
GROWTH = 0.4


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = KEEP.split(text)
    out = [part if KEEP.fullmatch(part) else part.translate(ACCENTS) for part in parts]
    visible = sum(len(part) for part in parts if not KEEP.fullmatch(part))
    return "⟦" + "".join(out) + "·" * math.ceil(visible * GROWTH) + "⟧"


def write_pseudo_qm(target: Path) -> Path:
    tree = ET.parse(TS_DIR / "wizard_de.ts")  # any shipped file: only the sources count
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.clear()
        text = pseudo(message.findtext("source") or "")
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = text
        else:
            translation.text = text
    with tempfile.TemporaryDirectory() as temp:
        ts = Path(temp) / "pseudo.ts"
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(target)], check=True)
    return target


if __name__ == "__main__":
    print(write_pseudo_qm(Path(sys.argv[1])))
