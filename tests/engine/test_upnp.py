"""UPnP IGD's messages without a network: miniupnpd's recorded answers read back, and
hostile or malformed ones refused or cut to plain text. The HTTP answers go through the
reader one byte at a time as well as whole, as h11's own tests do."""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.engine import upnp
from wizard.engine.upnp import HttpAnswer, HttpExchange, SoapFault, Url

RECORDED = Path(__file__).parent / "recorded" / "upnp"
RESERVED = RECORDED / "miniupnpd-2.3.1"
PUBLIC = RECORDED / "miniupnpd-2.3.1-public"
GATEWAY = "198.18.0.1"
DESCRIPTION = Url(GATEWAY, 5000, "/rootDesc.xml")


def answer_of(path: Path) -> HttpAnswer:
    return upnp.read_answer([path.read_bytes()])


def soap(path: Path, action: str) -> dict[str, str]:
    return upnp.parse_soap_answer(answer_of(path), action)


# ---------------------------------------------------------------------------- SSDP


def test_search_requests_follow_uda_1_1():
    multicast = upnp.search_request(upnp.WAN_IP_2)
    assert multicast == (
        b'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\n'
        b"MX: 1\r\nST: urn:schemas-upnp-org:service:WANIPConnection:2\r\n\r\n"
    )
    unicast = upnp.search_request(upnp.IGD_1, GATEWAY)
    assert b"HOST: 198.18.0.1:1900\r\n" in unicast and b"MX:" not in unicast


@pytest.mark.parametrize("path", sorted(RESERVED.glob("ssdp-*.txt")), ids=lambda p: p.stem)
def test_miniupnpds_search_answers_are_read(path):
    answer = upnp.parse_search_answer(path.read_bytes())
    assert answer.location == "http://198.18.0.1:5000/rootDesc.xml"
    assert upnp.is_gateway_target(answer.target)
    assert answer.target.rsplit(":", 2)[-2] in path.stem
    assert "MiniUPnPd/2.3.1" in answer.server
    assert upnp.url_on(answer.location, GATEWAY) == DESCRIPTION


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"NOTIFY * HTTP/1.1\r\nNT: x\r\nLOCATION: http://198.18.0.1/\r\n\r\n",
        b"HTTP/1.1 404 Not Found\r\nST: a\r\nLOCATION: http://198.18.0.1/\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nST: urn:x\r\n\r\n",  # no LOCATION
        b"HTTP/1.1 200 OK\r\nLOCATION: http://198.18.0.1/\r\n\r\n",  # no ST
        b"HTTP/1.1 200 OK\r\nST: a\r\nLOCATION: http://198.18.0.1/a b\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nST: a\r\nbroken line\r\nLOCATION: http://198.18.0.1/\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 40 + b"ST: a\r\nLOCATION: http://x/\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nST: a\r\nLOCATION: http://198.18.0.1/" + b"a" * 600 + b"\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nST: a\r\nLOCATION: http://x/\r\nPAD: " + b"p" * 5000 + b"\r\n\r\n",
    ],
)
def test_what_is_not_a_search_answer_is_refused(data):
    with pytest.raises(ValueError):
        upnp.parse_search_answer(data)


def test_other_devices_search_targets_are_not_a_gateways():
    assert not upnp.is_gateway_target("urn:schemas-upnp-org:device:MediaRenderer:1")
    assert not upnp.is_gateway_target("upnp:rootdevice")
    assert upnp.is_gateway_target("urn:schemas-upnp-org:service:WANIPConnection:3")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://198.18.0.1:5000/rootDesc.xml", Url(GATEWAY, 5000, "/rootDesc.xml")),
        ("http://198.18.0.1/desc?x=1", Url(GATEWAY, 80, "/desc?x=1")),
        ("HTTP://198.18.0.1:49000", Url(GATEWAY, 49000, "/")),
        ("http://198.18.0.9:5000/rootDesc.xml", None),  # another host
        ("http://router.lan:5000/rootDesc.xml", None),  # a name, not the gateway's address
        ("https://198.18.0.1/rootDesc.xml", None),
        ("http://user:pw@198.18.0.1/rootDesc.xml", None),
        ("http://198.18.0.1:99999/", None),
        ("http://198.18.0.1:5000/a\x00b", None),
        ("ftp://198.18.0.1/", None),
        ("", None),
    ],
)
def test_only_plain_http_urls_on_the_gateway_itself_are_followed(url, expected):
    assert upnp.url_on(url, GATEWAY) == expected


def test_relative_urls_resolve_against_their_base_and_must_stay_on_the_gateway():
    assert upnp.url_on("/ctl/IPConn", GATEWAY, DESCRIPTION) == Url(GATEWAY, 5000, "/ctl/IPConn")
    assert upnp.url_on("ctl", GATEWAY, DESCRIPTION) == Url(GATEWAY, 5000, "/ctl")
    assert upnp.url_on("//198.18.0.9/ctl", GATEWAY, DESCRIPTION) is None


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=upnp.MAX_DATAGRAM + 10))
def test_any_datagram_is_a_search_answer_or_refused(data):
    try:
        answer = upnp.parse_search_answer(data)
    except ValueError:
        return
    assert answer.target and len(answer.location) <= upnp.MAX_URL


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ST: ", "LOCATION: ", "SERVER: ", "http://198.18.0.1:5000/", "\r\n",
                         "HTTP/1.1 200 OK\r\n", ":", " ", "\x00", "\u202e", "é", "urn:x:1"]),
        max_size=40,
    )
)  # fmt: skip
def test_answers_built_from_ssdp_fragments_are_read_or_refused(parts):
    try:
        answer = upnp.parse_search_answer("".join(parts).encode("utf-8"))
    except ValueError:
        return
    assert "\r" not in answer.location and "\n" not in answer.target


# ---------------------------------------------------------------------------- HTTP


@pytest.mark.parametrize("path", sorted(RESERVED.glob("*.http")), ids=lambda p: p.stem)
def test_recorded_answers_read_the_same_whole_and_byte_by_byte(path):
    data = path.read_bytes()
    whole = upnp.read_answer([data])
    one_by_one = upnp.read_answer(data[i : i + 1] for i in range(len(data)))
    assert whole == one_by_one
    assert whole.status in (200, 500)
    assert dict(whole.headers)["content-type"] == 'text/xml; charset="utf-8"'
    assert whole.body.rstrip().endswith(b">")


def test_a_chunked_answer_and_one_ended_by_closing_are_read():
    chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")  # fmt: skip
    assert upnp.read_answer([chunked]).body == b"hello world"
    closing = b"HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n<root/>"
    assert upnp.read_answer([closing]).body == b"<root/>"


def test_an_answer_cut_short_is_refused():
    with pytest.raises(ValueError):
        upnp.read_answer([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"])
    with pytest.raises(ValueError):
        upnp.read_answer([b"HTTP/1.1 200 OK\r\nContent-"])


def test_a_body_over_the_limit_is_refused_whatever_its_framing():
    big = b"x" * (upnp.MAX_BODY + 1)
    with pytest.raises(ValueError, match="over"):
        upnp.read_answer([b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(big), big])
    with pytest.raises(ValueError, match="over"):
        upnp.read_answer([b"HTTP/1.0 200 OK\r\n\r\n", big])
    chunks = [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"]
    chunks += [b"10000\r\n" + b"y" * 0x10000 + b"\r\n"] * 5
    with pytest.raises(ValueError, match="over"):
        upnp.read_answer(chunks)


def test_a_head_over_the_limit_is_refused():
    head = b"HTTP/1.1 200 OK\r\n" + b"X-Pad: " + b"p" * upnp.MAX_HEAD + b"\r\n\r\n"
    with pytest.raises(ValueError):
        upnp.read_answer([head])


def test_the_request_names_the_host_and_closes():
    exchange = HttpExchange()
    data = exchange.request("POST", Url(GATEWAY, 5000, "/ctl/IPConn"), [("SOAPAction", '"x#y"')],
                            b"<a/>")  # fmt: skip
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /ctl/IPConn HTTP/1.1\r\n")
    assert b"\r\nhost: 198.18.0.1:5000" in head.lower()
    assert b"\r\nconnection: close" in head.lower()
    assert b"\r\ncontent-length: 4" in head.lower() and body == b"<a/>"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=300), max_size=6))
def test_any_bytes_are_an_answer_or_refused(chunks):
    try:
        answer = upnp.read_answer(chunks)
    except ValueError:
        return
    assert 100 <= answer.status <= 999 and len(answer.body) <= upnp.MAX_BODY


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 100 Continue\r\n", b"\r\n",
                         b"Content-Length: 3\r\n", b"Transfer-Encoding: chunked\r\n", b"3\r\n",
                         b"abc", b"0\r\n", b"Content-Length: x\r\n", b"\x00", b" ", b":"]),
        max_size=30,
    )
)  # fmt: skip
def test_answers_built_from_http_fragments_are_read_or_refused(parts):
    data = b"".join(parts)
    try:
        whole = upnp.read_answer([data])
    except ValueError:
        with pytest.raises(ValueError):
            upnp.read_answer(data[i : i + 1] for i in range(len(data)))
        return
    assert upnp.read_answer(data[i : i + 1] for i in range(len(data))) == whole


# ---------------------------------------------------------------------------- description


def test_miniupnpds_description_names_it_and_its_wan_connection_service():
    description = upnp.parse_description(answer_of(RESERVED / "rootDesc.http").body, DESCRIPTION)
    assert description.name == "Lab router (miniupnpd)"
    assert description.services == (
        upnp.WanService(upnp.WAN_IP_2, Url(GATEWAY, 5000, "/ctl/IPConn")),
    )


def describe(device: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0">'
        f"{extra}<device>{device}</device></root>"
    ).encode()


def service(kind: str, control: str) -> str:
    return f"<service><serviceType>{kind}</serviceType><controlURL>{control}</controlURL></service>"


def test_services_of_embedded_devices_on_the_gateway_are_found_others_left_out():
    inner = ("<deviceList><device><serviceList>"
             + service(upnp.WAN_PPP_1, "/ppp")
             + service(upnp.WAN_IP_1, "http://198.18.0.9:5000/elsewhere")
             + service("urn:schemas-upnp-org:service:Layer3Forwarding:1", "/l3f")
             + "</serviceList></device></deviceList>")  # fmt: skip
    data = describe(
        "<modelName>Box 7</modelName>" + inner, "<URLBase>http://198.18.0.1:49000/</URLBase>"
    )
    description = upnp.parse_description(data, DESCRIPTION)
    assert description.name == "Box 7"  # no friendlyName: the model's
    assert description.services == (upnp.WanService(upnp.WAN_PPP_1, Url(GATEWAY, 49000, "/ppp")),)


def test_embedded_devices_are_followed_only_so_deep():
    nested = service(upnp.WAN_IP_1, "/deep")
    for _ in range(upnp.MAX_DEPTH + 3):
        nested = f"<deviceList><device><serviceList></serviceList>{nested}</device></deviceList>"
    assert upnp.parse_description(describe(nested), DESCRIPTION).services == ()


def test_a_hostile_friendly_name_comes_out_cut_and_plain():
    name = ("Box\t<b>bold</b>\n&lt;script&gt;alert(1)&lt;/script&gt; \u202eevil\u200b"
            "\x85" + "A" * 100_000)  # fmt: skip
    data = describe(f"<friendlyName>{name}</friendlyName>")
    got = upnp.parse_description(data, DESCRIPTION).name
    assert len(got) == upnp.MAX_TEXT
    assert got.startswith("Box bold <script>alert(1)</script> evil")  # tags gone, text left
    assert all(unicodedata.category(ch)[0] != "C" for ch in got)
    assert "\u202e" not in got and "\n" not in got and "\t" not in got


@pytest.mark.parametrize(
    "data",
    [
        # entity expansion ("billion laughs")
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<root><device><friendlyName>&b;</friendlyName></device></root>",
        # an external entity
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<root><device><friendlyName>&x;</friendlyName></device></root>",
        b'<?xml version="1.0"?><!DOCTYPE root><root><device/></root>',  # any DTD
        b"<root><device><friendlyName>unclosed</device></root>",
        b"<html><body>router login</body></html>",
        b"<root><notadevice/></root>",
        b"",
        b"<root>" + b"x" * (upnp.MAX_BODY + 1) + b"</root>",
    ],
)
def test_dangerous_or_malformed_descriptions_are_refused(data):
    with pytest.raises(ValueError):
        upnp.parse_description(data, DESCRIPTION)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_are_a_description_or_refused(data):
    with contextlib.suppress(ValueError):
        description = upnp.parse_description(data, DESCRIPTION)
        assert len(description.name) <= upnp.MAX_TEXT


# ---------------------------------------------------------------------------- SOAP


def test_miniupnpds_soap_answers_are_read():
    assert soap(RESERVED / "GetStatusInfo.http", "GetStatusInfo")["NewConnectionStatus"] == (
        "Connected"
    )
    assert soap(RESERVED / "GetExternalIPAddress.http", "GetExternalIPAddress") == {
        "NewExternalIPAddress": ""
    }
    assert soap(PUBLIC / "GetExternalIPAddress.http", "GetExternalIPAddress") == {
        "NewExternalIPAddress": "11.0.0.1"
    }
    entry = soap(PUBLIC / "GetGenericPortMappingEntry-0-after-add.http",
                 "GetGenericPortMappingEntry")  # fmt: skip
    assert entry == {
        "NewRemoteHost": "", "NewExternalPort": "5060", "NewProtocol": "UDP",
        "NewInternalPort": "5060", "NewInternalClient": "198.18.0.3", "NewEnabled": "1",
        "NewPortMappingDescription": "old PBX", "NewLeaseDuration": "604800",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("path", "code"),
    [
        (RESERVED / "GetGenericPortMappingEntry-0.http", 713),
        (RESERVED / "AddPortMapping.http", 501),
    ],
)
def test_upnp_errors_become_soap_faults_with_their_code(path, code):
    with pytest.raises(SoapFault) as fault:
        soap(path, path.stem.split("-")[0])
    assert fault.value.code == code


@pytest.mark.parametrize(
    "answer",
    [
        HttpAnswer(200, (), b"<s:Envelope xmlns:s='x'><s:Body><u:OtherResponse/></s:Body>"
                            b"</s:Envelope>"),  # fmt: skip
        HttpAnswer(200, (), b"<html>login</html>"),
        HttpAnswer(500, (), b"Internal error"),
        HttpAnswer(401, (), b""),
        HttpAnswer(500, (), b"<Envelope><Body><Fault><detail><UPnPError><errorCode>x7"
                            b"</errorCode></UPnPError></detail></Fault></Body></Envelope>"),
        HttpAnswer(404, (), b"<Envelope><Body><GetStatusInfoResponse/></Body></Envelope>"),
    ],
)  # fmt: skip
def test_what_is_not_the_actions_answer_is_refused(answer):
    with pytest.raises(ValueError):
        upnp.parse_soap_answer(answer, "GetStatusInfo")


def test_soap_requests_escape_their_arguments_and_name_the_action():
    headers, body = upnp.soap_request(upnp.WAN_IP_1, "GetGenericPortMappingEntry",
                                      {"NewPortMappingIndex": 3})  # fmt: skip
    assert dict(headers)["SOAPAction"] == f'"{upnp.WAN_IP_1}#GetGenericPortMappingEntry"'
    assert b"<NewPortMappingIndex>3</NewPortMappingIndex>" in body
    _, body = upnp.soap_request(upnp.WAN_IP_1, "X", {"A": "<b>&"})
    assert b"<A>&lt;b&gt;&amp;</A>" in body
    with pytest.raises(ValueError):
        upnp.soap_request(upnp.WAN_IP_1, "X><y", {})


def test_hostile_out_arguments_come_out_cut_and_plain():
    text = "\x85" + "<i>x</i>" * 5000
    body = ("<Envelope><Body><GetStatusInfoResponse><NewConnectionStatus>"
            f"Conn\u202eected{text.replace('<', '&lt;')}</NewConnectionStatus>"
            "</GetStatusInfoResponse></Body></Envelope>").encode()  # fmt: skip
    status = upnp.parse_soap_answer(HttpAnswer(200, (), body), "GetStatusInfo")
    got = status["NewConnectionStatus"]
    assert got.startswith("Connected <i>x</i>") and len(got) == upnp.MAX_TEXT  # NEL: a space


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([200, 500, 403]))
def test_any_bytes_are_a_soap_answer_a_fault_or_refused(body, status):
    with contextlib.suppress(ValueError, SoapFault):
        values = upnp.parse_soap_answer(HttpAnswer(status, (), body), "GetStatusInfo")
        assert status == 200 and len(values) <= upnp.MAX_ARGUMENTS


# ---------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, ""),
        ("  FRITZ!Box 7590  ", "FRITZ!Box 7590"),
        ("a\r\nb\tc", "a b c"),
        ("x\x00y\x1bz\x7f", "xyz"),
        ("\u202eabc\u200b", "abc"),
        ("<b>markup</b>", "<b>markup</b>"),  # text stays text; the report escapes it
    ],
)
def test_plain_text(text, expected):
    assert upnp.plain(text) == expected
