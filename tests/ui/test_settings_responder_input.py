"""A tester's attempts on the settings page's responder, as a newcomer types into it:
each failed in the first version."""

from __future__ import annotations

from test_settings_responder import ADDRESS, MemoryKeyring, settings_page, use_keyring  # noqa: F401
from test_wizard_flow import type_into

SECRET = "3f1c0d9e8b7a"


def test_a_pasted_secret_with_white_space_around_it_works_as_the_command_lines_does(
    window,
    qtbot,
    use_keyring,  # noqa: F811
):
    """The README: the technicians get the secret "in a file", and
    ``--responder-secret-file`` drops the white space around it. Pasted into the settings
    page from that file or an e-mail (a trailing space, a tab), it is used as typed, so the
    same secret that works on the command line is ``unauthorized`` in the wizard, with
    nothing saying why."""
    use_keyring(MemoryKeyring())
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    page.secret.setText(f" {SECRET}\t ")  # what a paste from a file or mail brings along
    assert page.validatePage()
    responder = window.session.responder_settings()
    assert responder is not None
    assert responder.secret == SECRET.encode()


def test_a_tcp_port_list_the_responder_cannot_serve_is_refused_before_the_check(
    window,
    qtbot,
    use_keyring,  # noqa: F811
):
    """ "1-65535" in TCP ports is accepted. The responder serves 32
    ports a request and 12 requests at once, 30 a minute, and a control connection for
    120 s: such a check spends two minutes, then loses every TCP result (the control
    connection is closed under it) and reports the responder as "not answering as a
    responder does". The page should say so before the check, as it does for a bad
    port spec."""
    use_keyring(MemoryKeyring())
    page = settings_page(qtbot, window)
    type_into(qtbot, page.responder, ADDRESS)
    type_into(qtbot, page.tcp, "1-65535")
    assert page.tcp_error.text() != "" or not page.isComplete()
