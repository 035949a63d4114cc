"""What this computer's ports said to whom, and when: across runs, so none misleads the next.

A router keeps state for a UDP flow after its last packet: Linux 30 s unanswered and up
to 180 s answered, RFC 4787 REQ-5 at least two minutes, many routers five. While it
does, an answer from an address the port talked to walks in whether or not the port is
forwarded, and an address we asked to send to the port may have left an entry that makes
the router pick another public port for a new flow. Test 2 and the mapping tests are
only believed when this log shows no such contact.

The log is plain data, kept in the user's state folder as JSON by the faces; a file that
cannot be read or written only makes the log forget, it never stops a scan.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from wizard.engine.model import Address

# How long a router may remember a flow: RFC 4787 REQ-5 recommends five minutes.
STATE_LIFETIME = 300.0
MAX_RECORDS = 200_000  # a file grown past this is not ours to trust: start afresh
SENT, INVITED, OWN = "sent", "invited", "own"


@dataclass(frozen=True)
class Contact:
    local_port: int
    # SENT: the port sent to ``remote``; INVITED: we asked ``remote`` to send to it; OWN:
    # ``remote`` is a public address the router gave this port of the check's own (one
    # it used to ask the server, not a checked port)
    kind: str
    remote: Address
    public: Address | None  # the port's public address at the time, if known
    at: float  # seconds since the epoch


@dataclass
class ContactLog:
    """Contacts of the last ``lifetime`` seconds, by local port."""

    lifetime: float = STATE_LIFETIME
    _by_port: dict[int, list[Contact]] = field(default_factory=dict)

    def add(self, contact: Contact) -> None:
        self._by_port.setdefault(contact.local_port, []).append(contact)

    def sent(self, port: int, remote: Address, at: float, public: Address | None = None) -> None:
        self.add(Contact(port, SENT, remote, public, at))

    def invited(self, port: int, remote: Address, at: float, public: Address | None = None) -> None:
        self.add(Contact(port, INVITED, remote, public, at))

    def own_public(self, port: int, public: Address, at: float) -> None:
        self.add(Contact(port, OWN, public, None, at))

    def own_public_ports(self, now: float) -> set[int]:
        """Public port numbers the router gave the check's own ports within the lifetime:
        the router may still hold them for those ports' flows."""
        return {
            c.remote.port
            for contacts in self._by_port.values()
            for c in contacts
            if c.kind == OWN and 0 <= now - c.at <= self.lifetime
        }

    def reached_ip(
        self, port: int, ip: str, now: float, public: Address | None = None
    ) -> float | None:
        """When ``port`` last sent to ``ip`` (any port there) within the lifetime, while it
        had the public address ``public`` (or an unknown one); None if it did not."""
        return self._last(port, SENT, now, lambda c: c.remote.ip == ip, public)

    def invited_from(
        self, port: int, remote: Address, now: float, public: Address | None = None
    ) -> float | None:
        """When we last asked ``remote`` to send to ``port`` within the lifetime."""
        return self._last(port, INVITED, now, lambda c: c.remote == remote, public)

    def sent_any(self, port: int, now: float) -> float | None:
        """When ``port`` last sent anywhere within the lifetime."""
        return self._last(port, SENT, now, lambda c: True, None)

    def sent_to(self, port: int, remote: Address, now: float) -> float | None:
        """When ``port`` last sent to exactly ``remote`` within the lifetime."""
        return self._last(port, SENT, now, lambda c: c.remote == remote, None)

    def _last(self, port, kind, now, match, public) -> float | None:
        latest: float | None = None
        for contact in self._by_port.get(port, ()):
            if contact.kind != kind or now - contact.at > self.lifetime or contact.at > now + 5:
                continue
            if public is not None and contact.public is not None and contact.public != public:
                continue  # another mapping then: its state does not cover this one
            if match(contact) and (latest is None or contact.at > latest):
                latest = contact.at
        return latest

    def pruned(self, now: float) -> ContactLog:
        log = ContactLog(self.lifetime)
        for port, contacts in self._by_port.items():
            kept = [c for c in contacts if 0 <= now - c.at <= self.lifetime]
            if kept:
                log._by_port[port] = kept
        return log

    def __len__(self) -> int:
        return sum(len(c) for c in self._by_port.values())

    # ------------------------------------------------------------------ file

    def to_json(self) -> str:
        rows = [
            [c.local_port, c.kind, str(c.remote), str(c.public) if c.public else None, c.at]
            for contacts in self._by_port.values()
            for c in contacts
        ]
        return json.dumps({"version": 1, "contacts": rows}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, lifetime: float = STATE_LIFETIME) -> ContactLog:
        """The log in ``text``; anything malformed is left out, never raised."""
        log = cls(lifetime)
        try:
            rows = json.loads(text)["contacts"]
        except (ValueError, TypeError, KeyError, RecursionError):
            return log
        if not isinstance(rows, list) or len(rows) > MAX_RECORDS:
            return log
        for row in rows:
            with contextlib.suppress(
                ValueError, TypeError, IndexError, AttributeError, OverflowError
            ):
                port, kind, remote, public, at = row
                if kind not in (SENT, INVITED, OWN) or not 0 <= int(port) <= 65535:
                    continue
                log.add(Contact(int(port), kind, _address(remote), _address(public), float(at)))
        return log

    @classmethod
    def load(cls, path: Path | None, now: float) -> ContactLog:
        if path is None:
            return cls()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return cls()
        return cls.from_json(text).pruned(now)

    def save(self, path: Path | None, now: float) -> bool:
        """Write the log (pruned) atomically; False if it could not be written."""
        if path is None:
            return False
        text = self.pruned(now).to_json()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=".contacts-", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temporary)
            return False
        return True


def _address(text: str | None) -> Address | None:
    if text is None:
        return None
    host, _, port = str(text).rpartition(":")
    host = host.strip("[]")
    if not host:
        raise ValueError(text)
    return Address(host, int(port))


def default_path() -> Path:
    """The log's file in the user's state folder (``%LOCALAPPDATA%`` on Windows): local to
    this machine, since it describes this machine's ports."""
    import platformdirs

    base = platformdirs.user_state_dir("PBX Firewall Wizard", "PBX Firewall Wizard")
    return Path(base) / "contacts.json"
