"""Whether a server can listen where it was asked to, checked before it says it is."""

from __future__ import annotations

from laborwatch.errors import ConfigError


def check_port(host: str, port: int) -> None:
    """Fail now, with a clear message, when ``host:port`` cannot be listened on.

    Raises:
        ConfigError: the port is out of range, in use, or the address is not this machine's.
    """
    import errno
    import socket

    if not 0 < port < 65536:
        raise ConfigError(f"--port must be 1-65535, not {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}: {exc.strerror or exc}") from exc
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(addr)
        except OSError as exc:
            busy = exc.errno == errno.EADDRINUSE
            reason = "the address is already in use" if busy else (exc.strerror or str(exc))
            raise ConfigError(
                f"cannot listen on {host}:{port}: {reason}; choose another --port"
            ) from exc


def free_port(host: str = "127.0.0.1") -> int:
    """A port on ``host`` that nothing listens on now (for test and benchmark servers)."""
    import socket

    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
