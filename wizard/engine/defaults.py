"""The scan's defaults, apart from the engine so a window can show them without loading it."""

# New STUN transactions a second. Public STUN servers are shared and some throttle
# busy clients; 50 a second checks 3CX's 2002 ports in about two minutes and stays far
# below what a browser's WebRTC stack sends when it gathers candidates.
DEFAULT_RATE = 50.0
# Seconds to wait for the answer to one request, resends included.
DEFAULT_TIMEOUT = 2.0
