"""IPv6 addresses that embed an IPv4 address (6to4, Teredo, NAT64, IPv4-mapped and
IPv4-compatible) are judged by the IPv4 address they carry."""

from __future__ import annotations

import ipaddress

import pytest

from laborwatch.errors import FetchError
from laborwatch.ingest.guard import check_url, refusal_reason


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("2002:7f00:1::", "6to4-embedded loopback"),  # 127.0.0.1
        ("2002:a00:1::", "6to4-embedded private"),  # 10.0.0.1
        ("2002:a9fe:a9fe::1", "6to4-embedded link-local"),  # 169.254.169.254
        ("2002:c0a8:101:1::1", "6to4-embedded private"),  # 192.168.1.1
        ("64:ff9b::7f00:1", "NAT64-embedded loopback"),
        ("64:ff9b::a9fe:a9fe", "NAT64-embedded link-local"),
        ("::127.0.0.1", "IPv4-compatible-embedded loopback"),
        ("::10.0.0.1", "IPv4-compatible-embedded private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),
        # Teredo: server 65.54.227.120, client 127.0.0.1 (stored inverted)
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo-embedded loopback"),
    ],
)
def test_ingest_guard_embedded_ipv4_is_judged(address: str, reason: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", ["2002:7f00:1::", "64:ff9b::7f00:1", "::127.0.0.1"])
def test_ingest_guard_refuses_embedded_loopback_urls(address: str) -> None:
    with pytest.raises(FetchError, match="loopback"):
        check_url(f"http://[{address}]/feed.xml", allow_private=False)


def test_ingest_guard_public_6to4_is_allowed() -> None:
    assert refusal_reason(ipaddress.ip_address("2002:808:808::1")) is None  # 8.8.8.8
    assert check_url("http://[2002:808:808::1]/", allow_private=False) is not None
