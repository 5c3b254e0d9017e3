"""TLS and proxies against local servers with certificates made in the test (trustme):
verification on by default, `verify=False`, a CA bundle path, $SSL_CERT_FILE and
$SSL_CERT_DIR, the bundled Mozilla roots when the system has none, and HTTPS_PROXY /
ALL_PROXY / NO_PROXY for a remote host, never for a loopback one.

"Remote" is `api.example.test`: the test proxy tunnels it to the local server, so the
client never has to resolve it, which is how a proxy is used for real."""

from __future__ import annotations

import http.server
import json
import re
import select
import socket
import socketserver
import ssl
import struct
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme  # a test dependency: when it is missing the suite fails, never skips

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

BACKUP = uuid.uuid4()
REMOTE = "api.example.test"


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]]

    def do_GET(self) -> None:
        self.seen.append(dict(self.headers))
        body = json.dumps({"result": {"id": str(BACKUP), "status": "done"}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def ca() -> object:
    return trustme.CA()


@pytest.fixture
def https_url(ca: object) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """An HTTPS API stand-in whose certificate only the test's CA vouches for."""
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Handler,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost", REMOTE).configure_cert(context)  # type: ignore[attr-defined]
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def ca_file(ca: object, tmp_path: Path) -> Path:
    path = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))  # type: ignore[attr-defined]
    return path


def get(url: str, **kwargs: object) -> chc.Backup:
    with chc.Client("k", "s", base_url=url, max_retries=0, timeout=5, **kwargs) as c:
        return c.get_backup(ORG, SERVICE, BACKUP)


def test_verification_is_on_by_default(https_url: tuple[str, list]) -> None:
    url, seen = https_url
    with pytest.raises(chc.APIConnectionError) as info:
        get(url)
    assert type(info.value) is chc.APIConnectionError
    assert "certificate" in str(info.value).lower() or "UnknownIssuer" in str(info.value)
    assert seen == []  # nothing was sent to a server we could not verify


def test_verify_false(https_url: tuple[str, list]) -> None:
    url, seen = https_url
    assert get(url, verify=False).id == BACKUP
    assert len(seen) == 1


def test_verify_true_is_verification_on(https_url: tuple[str, list]) -> None:
    url, seen = https_url
    with pytest.raises(chc.APIConnectionError) as info:
        get(url, verify=True)
    assert type(info.value) is chc.APIConnectionError
    assert "certificate" in str(info.value).lower() or "UnknownIssuer" in str(info.value)
    assert seen == []


def test_verify_with_a_ca_bundle(https_url: tuple[str, list], ca_file: Path) -> None:
    assert get(https_url[0], verify=str(ca_file)).id == BACKUP
    assert get(https_url[0], verify=ca_file).id == BACKUP  # os.PathLike too


def test_a_bundle_that_is_not_pem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    with pytest.raises(ValueError, match="CA bundle"):
        chc.Client("k", "s", verify=str(bad))


def test_ssl_cert_file_is_honoured(
    https_url: tuple[str, list], ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    assert get(https_url[0]).id == BACKUP


def test_ssl_cert_dir_is_honoured(
    https_url: tuple[str, list], ca_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    directory = tmp_path / "certs"
    directory.mkdir()
    (directory / "test-ca.pem").write_bytes(ca_file.read_bytes())
    monkeypatch.setenv("SSL_CERT_DIR", str(directory))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))
    assert get(https_url[0]).id == BACKUP


def test_no_system_roots_falls_back_to_bundled_mozilla_roots(
    https_url: tuple[str, list], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A slim container: no CA certificates anywhere. The client still builds and still
    # verifies (with its own Mozilla roots), so the test's private CA is refused.
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "missing-dir"))
    client = chc.Client("k", "s", base_url=https_url[0], max_retries=0)
    with pytest.raises(chc.APIConnectionError) as info:
        client.get_backup(ORG, SERVICE, BACKUP)
    assert type(info.value) is chc.APIConnectionError
    assert "No CA certificates" not in str(info.value)


class _Proxy(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.seen: list[str] = []
        super().__init__(("127.0.0.1", 0), _ProxyHandler)


class _ProxyHandler(socketserver.StreamRequestHandler):
    """A forward proxy: CONNECT tunnels (https) and absolute-form requests (http)."""

    def handle(self) -> None:
        line = self.rfile.readline().decode("latin-1").strip()
        headers = []
        while True:
            header = self.rfile.readline()
            if header in (b"\r\n", b"\n", b""):
                break
            headers.append(header)
        self.server.seen.append(line)  # type: ignore[attr-defined]
        method, target, _ = line.split(" ", 2)
        if method == "CONNECT":
            _, port = target.rsplit(":", 1)
            # Every tunnel goes to this machine: the test's "remote" host is local.
            upstream = socket.create_connection(("127.0.0.1", int(port)))
            self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self._pipe(self.connection, upstream)
        else:
            rest = target.split("://", 1)[1]
            hostport, _, path = rest.partition("/")
            host, port = hostport.rsplit(":", 1)
            upstream = socket.create_connection((host, int(port)))
            request = (
                f"{method} /{path} HTTP/1.1\r\n".encode()
                + b"".join(h for h in headers if not h.lower().startswith(b"proxy-"))
                + b"\r\n"
            )
            upstream.sendall(request)
            self._pipe(self.connection, upstream)

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        sockets = [a, b]
        try:
            while True:
                readable, _, _ = select.select(sockets, [], [], 5)
                if not readable:
                    return
                for s in readable:
                    data = s.recv(65536)
                    if not data:
                        return
                    (b if s is a else a).sendall(data)
        finally:
            b.close()


@pytest.fixture
def proxy() -> Iterator[_Proxy]:
    server = _Proxy()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _clear_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "NO_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def remote(url: str) -> str:
    return url.replace("localhost", REMOTE)


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_a_proxy_is_used_for_a_remote_host(
    https_url: tuple[str, list],
    ca_file: Path,
    proxy: _Proxy,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
) -> None:
    _clear_proxy_env(monkeypatch)
    monkeypatch.setenv(variable, f"http://127.0.0.1:{proxy.server_address[1]}")
    url, seen = https_url
    assert get(remote(url), verify=str(ca_file)).id == BACKUP
    port = url.rsplit(":", 1)[1]
    assert proxy.seen == [f"CONNECT {REMOTE}:{port} HTTP/1.1"]
    assert len(seen) == 1  # and TLS still ended at the server, verified


def test_no_proxy_is_honoured(
    https_url: tuple[str, list], ca_file: Path, proxy: _Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the host in NO_PROXY the client goes there itself: it cannot resolve the
    test's made-up name, and the proxy sees nothing."""
    _clear_proxy_env(monkeypatch)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
    monkeypatch.setenv("NO_PROXY", f"other.example,{REMOTE}")
    with pytest.raises(chc.APIConnectionError) as info:
        get(remote(https_url[0]), verify=str(ca_file))
    assert type(info.value) is chc.APIConnectionError  # DNS: the name is made up
    assert proxy.seen == []


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
def test_a_loopback_server_is_never_proxied(
    https_url: tuple[str, list],
    ca_file: Path,
    proxy: _Proxy,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
) -> None:
    """Plain http is allowed only to loopback; a proxy there would carry the Basic
    credentials off the machine in clear. https to loopback is direct too."""
    _clear_proxy_env(monkeypatch)
    address = f"http://127.0.0.1:{proxy.server_address[1]}"
    monkeypatch.setenv(variable, address)
    monkeypatch.setenv("HTTPS_PROXY", address)
    with Sandbox() as sandbox:
        backup = sandbox.add_backup(ORG, SERVICE)
        for host in ("127.0.0.1", "localhost"):
            url = sandbox.url.replace("127.0.0.1", host)
            with chc.Client("sandbox-key-id", "sandbox-key-secret", base_url=url) as client:
                assert client.get_backup(ORG, SERVICE, backup.id) == backup
        assert len(sandbox.requests) == 2
    assert get(https_url[0], verify=str(ca_file)).id == BACKUP
    assert proxy.seen == []


# -- No OpenSSL linked ---------------------------------------------------------------

# Names of OpenSSL's API (libssl and libcrypto), as a linked library would leave them
# to be resolved.
OPENSSL_SYMBOL = re.compile(
    r"^(SSL|SSLv\d|TLS|DTLS|OPENSSL|CRYPTO|EVP|X509|BIO|ERR|PEM|RSA|EC|BN|HMAC|RAND|ASN1|"
    r"OSSL|d2i|i2d)_"
)
# rustls' crypto (aws-lc-rs) carries AWS-LC compiled in; its allocator has optional
# hooks an application may define, which it declares as *weak* undefined symbols:
# they resolve to nothing unless something defines them (OpenSSL defines none), and
# the library then uses malloc. These four, weak, are not a link to OpenSSL.
AWS_LC_WEAK_HOOKS = frozenset(
    {
        "OPENSSL_memory_alloc",
        "OPENSSL_memory_free",
        "OPENSSL_memory_get_size",
        "OPENSSL_memory_realloc",
    }
)


def elf_dynamic(path: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(DT_NEEDED libraries, [(name, binding)] of undefined dynamic symbols) of an
    ELF64 little-endian shared object, read from its section headers."""
    data = Path(path).read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, "ELF64 LE only"
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]

    def strings(index: int) -> bytes:
        _, _, _, _, offset, size, *_ = sections[index]
        return data[offset : offset + size]

    def name_at(table: bytes, offset: int) -> str:
        return table[offset : table.index(b"\0", offset)].decode()

    needed: list[str] = []
    undefined: list[tuple[str, str]] = []
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind == 6:  # SHT_DYNAMIC
            table = strings(link)
            for at in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, at)
                if tag == 1:  # DT_NEEDED
                    needed.append(name_at(table, value))
        elif kind == 11:  # SHT_DYNSYM
            table = strings(link)
            for at in range(offset + entsize, offset + size, entsize):  # 0 is the null one
                st_name, st_info, _, st_shndx = struct.unpack_from("<IBBH", data, at)
                if st_shndx == 0:  # SHN_UNDEF: to come from another object
                    binding = {1: "global", 2: "weak"}.get(st_info >> 4, str(st_info >> 4))
                    undefined.append((name_at(table, st_name), binding))
    assert needed, "no dynamic section read"
    return needed, undefined


def openssl_links(path: str) -> list[str]:
    """Every way in which the shared object at `path` would use a system OpenSSL."""
    found = []
    needed, undefined = elf_dynamic(path)
    found += [f"needs {lib}" for lib in needed if re.match(r"lib(ssl|crypto)\.so", lib)]
    ldd = subprocess.run(["ldd", path], capture_output=True, text=True, check=True).stdout
    found += [
        f"ldd: {line.strip()}"
        for line in ldd.splitlines()
        if "libssl" in line or "libcrypto" in line
    ]
    for name, binding in undefined:
        if OPENSSL_SYMBOL.match(name):
            if not (name in AWS_LC_WEAK_HOOKS and binding == "weak"):
                found.append(f"undefined {binding} symbol {name}")
    # A library loaded at run time (dlopen) shows only as its file name.
    data = Path(path).read_bytes()
    found += [f"names {lib!r}" for lib in (b"libssl.so", b"libcrypto.so") if lib in data]
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads an ELF extension")
def test_no_openssl_is_linked() -> None:
    """README: the wheel contains no OpenSSL and links none (TLS is rustls): the
    compiled extension needs no libssl/libcrypto (its dynamic section and ldd), leaves
    no OpenSSL function to be resolved, and names no OpenSSL library to load."""
    import clickhouse_cloud._native

    path = clickhouse_cloud._native.__file__
    assert path and path.endswith(".so"), path
    assert openssl_links(path) == []
    # The reader sees what it looks for: the extension does need libc, and leaves the
    # libc functions it calls to be resolved.
    needed, undefined = elf_dynamic(path)
    assert any(lib.startswith("libc.so") for lib in needed), needed
    assert ("malloc", "global") in undefined
