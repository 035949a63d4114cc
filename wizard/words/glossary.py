"""Short explanations of the terms the results use, for tooltips."""

from __future__ import annotations

from wizard.i18n import QT_TRANSLATE_NOOP, translated

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Terms"

# Untranslated source texts; read them through ``term`` to get the translation.
TERMS: dict[str, str] = {
    "STUN": QT_TRANSLATE_NOOP(
        "Terms",
        "A small internet protocol: a server tells a device which public address and port "
        "its traffic came from. This check uses it to see what the router does to each port.",
    ),
    "NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "Network address translation: on the way out, the router replaces the private "
        "addresses of the local network with its own public address.",
    ),
    "full cone": QT_TRANSLATE_NOOP(
        "Terms",
        "A kind of NAT where, once a public port is open, traffic from any address on the "
        "internet reaches the device behind it. A one-to-one port forward gives the same.",
    ),
    "symmetric NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "A kind of NAT that uses a new public port for every destination. Calls through it "
        "fail unless the router is set to keep ports fixed.",
    ),
    "port preservation": QT_TRANSLATE_NOOP(
        "Terms",
        "The router keeps the device's own port number when it translates the address, so "
        "local port 5060 goes out as public port 5060.",
    ),
    "SIP ALG": QT_TRANSLATE_NOOP(
        "Terms",
        "A router feature, also called SIP helper, that rewrites SIP messages on the way "
        "through. It often gets them wrong; switch it off when the PBX handles NAT itself.",
    ),
    "responder": QT_TRANSLATE_NOOP(
        "Terms",
        "A small server a support team runs on the internet: it sends test traffic to this "
        "computer from outside and sends SIP messages back as they arrived. With it the check "
        "tests TCP ports and SIP helpers, which STUN cannot.",
    ),
    "one-to-one forwarding": QT_TRANSLATE_NOOP(
        "Terms",
        "A router rule that sends everything arriving on a public port to the same port on "
        "one LAN device, and sends that device's traffic out on the same port.",
    ),
    "carrier-grade NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "NAT run by the internet provider, so the customer's router has no public address "
        "of its own. No port can be forwarded through it.",
    ),
    "hairpin NAT": QT_TRANSLATE_NOOP(
        "Terms",
        "A router feature, also called NAT loopback or NAT reflection, that lets a device on "
        "the LAN reach another one there by the site's public address.",
    ),
    "UPnP IGD": QT_TRANSLATE_NOOP(
        "Terms",
        "A way for programs on the LAN to ask the router for its internet address and to add "
        "port forwards without a password. The check only reads what the router says.",
    ),
    "mapping lifetime": QT_TRANSLATE_NOOP(
        "Terms",
        "How long the router keeps an idle UDP mapping open for traffic coming back. A PBX "
        "must send something before it runs out, or calls and registrations break.",
    ),
}


def term(name: str) -> str:
    """The translated tooltip for one of ``TERMS``; raises ``KeyError`` for others."""
    return translated(CONTEXT, TERMS[name])
