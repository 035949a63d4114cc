"""break12b: a typed WAN address that no working router's WAN can hold.

The README promises "An address no router's WAN can have is refused with exit code 2",
and the router's own UPnP answer of a link-local address (no DHCP lease) is already not
taken as a WAN address (``gateway._usable_wan``). Typed on the command line or in the
settings page's WAN field, the same addresses pass, are compared with what STUN saw and,
being "another public address", make ``upstream_nat`` the verdict for ports that simply
are not forwarded (tried in the lab: ``--router-wan 169.254.1.1`` with a router that
forwards nothing gives verdict ``upstream_nat``, ``upstream_nat: differs``).
"""

from __future__ import annotations

import pytest

from wizard.engine.gateway import upstream_nat, with_typed
from wizard.engine.resolve import ServerSpecError, parse_wan_address

NOT_A_WAN = ["169.254.1.1", "0.1.2.3", "240.0.0.1"]  # link-local, "this network", class E


@pytest.mark.parametrize("typed", NOT_A_WAN)
def test_an_address_no_router_wan_can_have_is_never_taken_as_a_second_nat(typed):
    try:
        wan = parse_wan_address(typed)
    except ServerSpecError:
        return  # refused, as the README promises
    info = with_typed(None, wan)
    assert info is not None
    assert upstream_nat(info, "203.0.113.1") is None, (typed, info)
