"""SSRF guard: refuse URLs that are not http(s) or whose host resolves to a non-public address.

Every resolved address is checked (a host with one public and one private address is
refused), and the fetcher calls :func:`check_url` again on every redirect hop, then
connects to the address that was checked (no second DNS lookup to rebind).

An IPv6 address that carries an IPv4 one (IPv4-mapped, 6to4, Teredo, NAT64, the old
IPv4-compatible form) is judged by the IPv4 address it carries: ``2002:7f00:1::`` is
127.0.0.1 reached through a 6to4 relay.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from laborwatch.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = ("http", "https")
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052 well-known prefix
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # RFC 4291 (deprecated) ::a.b.c.d


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses an IPv6 address carries, each with the mechanism's name."""
    if ip.sixtofour is not None:
        return [("6to4", ip.sixtofour)]
    if ip.teredo is not None:
        server, client = ip.teredo
        return [("Teredo", client), ("Teredo", server)]
    if ip in NAT64:
        return [("NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))]
    if ip in IPV4_COMPATIBLE and int(ip) > 1:  # not :: or ::1
        return [("IPv4-compatible", ipaddress.IPv4Address(int(ip)))]
    return []


def refusal_reason(ip: IPAddress) -> str | None:
    """Why an address is not public (loopback, private, ...), or None when it is."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return refusal_reason(ip.ipv4_mapped)
        for mechanism, inner in embedded_ipv4(ip):
            reason = refusal_reason(inner)
            if reason:
                return f"{mechanism}-embedded {reason}"
    for attr in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(ip, f"is_{attr}"):
            return attr.replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


def resolve(host: str, port: int, *, where: str | None = None) -> list[IPAddress]:
    """Every address ``host`` resolves to (a literal IP resolves to itself, without DNS)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})", where=where or host) from exc
    seen: dict[str, IPAddress] = {}
    for info in infos:
        addr = str(info[4][0]).split("%", 1)[0]
        seen.setdefault(addr, ipaddress.ip_address(addr))
    if not seen:
        raise FetchError(f"host {host!r} has no address", where=where or host)
    return list(seen.values())


def check_url(
    url: str, *, allow_private: bool, allow_hosts: frozenset[str] = frozenset()
) -> IPAddress | None:
    """Raise :class:`FetchError` unless ``url`` may be fetched; return the address to use.

    Args:
        url: an absolute URL (untrusted).
        allow_private: skip the address check (tests, intranets); the scheme is still checked.
        allow_hosts: host names exempt from the address check (exact, lower-case).

    Returns:
        The checked address to connect to (IPv4 first), or None when no check was made.
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        raise FetchError(f"malformed URL ({exc})", where=url) from exc
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"refused: scheme {parts.scheme or 'none'!r} is not http(s)", where=url)
    if not host:
        raise FetchError("refused: URL has no host", where=url)
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"refused: bad port ({exc})", where=url) from exc
    if allow_private or host in allow_hosts:
        return None
    addresses = resolve(host, port, where=url)
    for ip in addresses:
        reason = refusal_reason(ip)
        if reason:
            what = (
                f"{host} is a {reason} address"
                if str(ip) == host.strip("[]")
                else f"{host} resolves to {reason} address {ip}"
            )
            raise FetchError(f"refused: {what} (private addresses need --allow-private)", where=url)
    return sorted(addresses, key=lambda ip: ip.version)[0]
