"""Connection pinning: the fetcher connects to the checked IP, keeping Host and TLS name.

Public hosts cannot be reached here, so the rewrite is exercised against the local
server: plain HTTP (Host header) and HTTPS with a throw-away certificate for
``localhost`` made by the openssl command (certificate checked against the name).
"""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from laborwatch.ingest.fetch import _pin

LOOPBACK = ipaddress.ip_address("127.0.0.1")


class EchoHost(BaseHTTPRequestHandler):
    """Answers every GET with the Host header it received."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = f"host={self.headers.get('Host')}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_ingest_pin_http_keeps_host_header(site):
    port = site.base.rsplit(":", 1)[1]
    target, headers, ext = _pin(f"http://localhost:{port}/a/seed-001.html?x=1#f", LOOPBACK)
    assert target == f"http://127.0.0.1:{port}/a/seed-001.html?x=1" and ext == {}
    with httpx.Client(trust_env=False) as client:
        resp = client.get(target, headers=headers)
    assert resp.status_code == 200
    assert site.seen("/a/seed-001.html")[-1]["Host"] == f"localhost:{port}"


def test_ingest_pin_ipv6_literal():
    target, headers, _ = _pin("http://example.org/a", ipaddress.ip_address("2001:db8::5"))
    assert target == "http://[2001:db8::5]/a" and headers == {"Host": "example.org"}


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoHost)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], cert
    server.shutdown()
    server.server_close()


def test_ingest_pin_https_verifies_the_name_not_the_ip(tls_site):
    port, cert = tls_site
    verify = ssl.create_default_context(cafile=str(cert))
    target, headers, ext = _pin(f"https://localhost:{port}/x", LOOPBACK)
    assert target == f"https://127.0.0.1:{port}/x" and ext == {"sni_hostname": "localhost"}
    with httpx.Client(verify=verify, trust_env=False) as client:
        resp = client.get(target, headers=headers, extensions=ext)
        assert resp.text == f"host=localhost:{port}"
        with pytest.raises(httpx.ConnectError, match="certificate"):
            client.get(target, headers=headers)  # without the name, the IP fails the check
