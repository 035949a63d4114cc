"""The responder's shared secret in the operating system's key store, at the user's choice.

The store is whatever the ``keyring`` library finds: Windows Credential Manager, the macOS
Keychain, the Secret Service (GNOME Keyring, KWallet) on Linux. An entry's service is
``SERVICE`` and its user name the responder's address as the technician wrote it, so each
responder keeps its own secret and the entry reads plainly in the system's own viewer.

A key store can be missing (a Linux box without a Secret Service has only keyring's
"fail" backend), locked, or refuse access. Every such failure is one ``KeystoreError``
with the system's words, so a face can say "could not store" and go on with what the user
typed; nothing here raises anything else. Tests install a backend of their own with
``keyring.set_keyring``.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend

__all__ = ["SERVICE", "KeystoreError", "available", "delete", "load", "save"]

SERVICE = "PBX Firewall Wizard"


class KeystoreError(Exception):
    """The key store could not be used; ``detail`` is the system's or backend's words."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _backend() -> KeyringBackend:
    try:
        return keyring.get_keyring()
    except Exception as exc:  # a backend that fails while it is set up
        raise KeystoreError(_words(exc)) from exc


def _words(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def available() -> bool:
    """Whether a key store that can keep secrets is there: not keyring's "fail" or "null"
    backend (priority 0 and below), nor one whose set-up failed."""
    try:
        return float(type(_backend()).priority) > 0
    except Exception:  # a backend's priority may raise to say it is unfit
        return False


# Backends raise their own errors besides keyring's (D-Bus, jeepney, pywin32), hence the
# broad catches below: whatever the store says, the user keeps what they typed.


def load(address: str) -> str | None:
    """The secret kept for the responder at ``address``; None when none is kept."""
    backend = _backend()
    try:
        return backend.get_password(SERVICE, address)
    except Exception as exc:
        raise KeystoreError(_words(exc)) from exc


def save(address: str, secret: str) -> None:
    """Keep ``secret`` for the responder at ``address``, replacing one kept before."""
    backend = _backend()
    try:
        backend.set_password(SERVICE, address, secret)
    except Exception as exc:
        raise KeystoreError(_words(exc)) from exc


def delete(address: str) -> None:
    """Forget the secret kept for ``address``; nothing happens when none is kept."""
    backend = _backend()
    try:
        if backend.get_password(SERVICE, address) is None:
            return
        backend.delete_password(SERVICE, address)
    except Exception as exc:
        raise KeystoreError(_words(exc)) from exc
