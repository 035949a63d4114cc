"""The scan's defaults, apart from the engine so a window can show them without loading it."""

# New STUN transactions a second. Public STUN servers are shared and some throttle
# busy clients; 50 a second checks 3CX's 2002 ports in about two minutes and stays far
# below what a browser's WebRTC stack sends when it gathers candidates.
DEFAULT_RATE = 50.0
# Seconds to wait for the answer to one request, resends included.
DEFAULT_TIMEOUT = 2.0

# What the CLI and the settings page accept. Below one request a second a scan of a
# product's ports would take hours; below 0.2 s even a nearby server's answer is missed
# and the server looks dead.
MIN_RATE, MAX_RATE = 1.0, 10000.0
MIN_TIMEOUT, MAX_TIMEOUT = 0.2, 60.0
