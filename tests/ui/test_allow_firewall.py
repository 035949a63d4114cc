"""The results page's "Allow for this check (administrator)" button, with the elevated
action injected: it runs in a thread, and only a done action starts the check again."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

import pytest

from wizard.catalog import get_product
from wizard.elevation import Allowed, AllowResult
from wizard.engine.model import (
    FirewallInbound,
    HostFirewall,
    NatSummary,
    Outcome,
    PortResult,
    Requirement,
    ScanResult,
    Verdict,
)
from wizard.ui.results_page import ResultsPage
from wizard.ui.session import Session

FIREWALL = HostFirewall(
    FirewallInbound.FILTERS,
    product="Windows Defender Firewall",
    profiles=("public",),
    enabled=True,
    default_inbound_block=True,
    block_rules=("pbxfirewallwizard.exe",),
    program=r"C:\PBXFirewallWizard.exe",
)
BLOCKED = ScanResult(
    Verdict.BLOCKED_ON_THIS_COMPUTER,
    "3cx",
    (),
    NatSummary(),
    tuple(
        PortResult(p, Requirement.FULL_CONE, Outcome.BLOCKED_ON_THIS_COMPUTER, None, True, False)
        for p in (9000, 9001)
    ),
    2.0,
    firewall=FIREWALL,
)


class Action:
    """The elevated action, recorded: what it was asked, and from which thread."""

    def __init__(self, outcome: Allowed, detail: str | None = None):
        self.answer = AllowResult(outcome, detail)
        self.calls: list[tuple[HostFirewall, bool]] = []

    def __call__(self, firewall: HostFirewall) -> AllowResult:
        self.calls.append((firewall, threading.current_thread() is threading.main_thread()))
        return self.answer


def page_for(qtbot, monkeypatch, platform: str, action: Action | None = None):
    monkeypatch.setattr(ResultsPage, "platform", platform)
    page = ResultsPage(Session(product=get_product("3cx"), result=BLOCKED))
    page.allow_action = action
    ran_again: list[bool] = []
    page.run_again = lambda: ran_again.append(True)  # type: ignore[method-assign]
    qtbot.addWidget(page)
    page.show()
    page.show_result(BLOCKED)
    return page, ran_again


def test_a_done_action_runs_in_a_thread_and_checks_again(qtbot, qloop, monkeypatch):
    action = Action(Allowed.DONE)
    page, ran_again = page_for(qtbot, monkeypatch, "win32", action)
    button = page.allow_button
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=5000)
    assert button.text() == "Allow for this check (administrator)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # one prompt at a time
    qtbot.waitUntil(lambda: bool(ran_again), timeout=5000)
    [(firewall, on_main_thread)] = action.calls
    assert firewall == FIREWALL and not on_main_thread
    assert page.allow_status is not None and "Allowed" in page.allow_status.text()


@pytest.mark.parametrize(
    ("outcome", "detail", "says"),
    [
        (Allowed.DECLINED, None, "declined"),
        (Allowed.FAILED, "netsh ended with 1", "netsh ended with 1"),
    ],
)
def test_a_declined_or_failed_action_says_so_and_does_not_check_again(
    qtbot, qloop, monkeypatch, outcome, detail, says
):
    action = Action(outcome, detail)
    page, ran_again = page_for(qtbot, monkeypatch, "win32", action)
    button = page.allow_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
    assert page.allow_status is not None and says in page.allow_status.text()
    assert action.calls and not ran_again


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_no_button_off_windows(qtbot, qloop, monkeypatch, platform):
    page, _ = page_for(qtbot, monkeypatch, platform, Action(Allowed.DONE))
    assert page.allow_button is None
    assert page.machine.isVisible()  # the note and its commands are still there
