"""The contact log's memory of the public ports the router gave the check's own ports."""

from __future__ import annotations

from wizard.engine.contacts import STATE_LIFETIME, ContactLog
from wizard.engine.model import Address

T = 1_800_000_000.0


def test_own_public_ports_are_remembered_for_the_lifetime_and_survive_the_file(tmp_path):
    log = ContactLog()
    log.own_public(45123, Address("203.0.113.1", 9003), T)
    log.sent(9003, Address("192.0.2.10", 3478), T, Address("203.0.113.1", 9003))
    assert log.own_public_ports(T + 10) == {9003}
    path = tmp_path / "contacts.json"
    assert log.save(path, T + 10)
    again = ContactLog.load(path, T + 20)
    assert again.own_public_ports(T + 20) == {9003}
    assert again.own_public_ports(T + STATE_LIFETIME + 1) == set()
    # A checked port's own sends are not "our own ports".
    assert ContactLog.load(path, T + 20).reached_ip(9003, "192.0.2.10", T + 20) == T
