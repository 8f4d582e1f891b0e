"""The HTTP clients the SDK creates verify the server's certificate (one TLS context per process,
``modelgates._tls``): a certificate no trusted CA signed is refused, ``SSL_CERT_FILE`` is honoured
as httpx honours it, and a change of it is seen by the next client.

A real TLS server on loopback (pytest-httpserver with a certificate of a throwaway CA, trustme).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from modelgates import ModelGates
from modelgates.errors import APIConnectionError
from modelgates.utils import RetryConfig
from pytest_httpserver import HTTPServer

NO_RETRIES = RetryConfig("none", None, False)
COUNT = {"data": {"count": 150}}


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def tls_server(authority: trustme.CA) -> Iterator[HTTPServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        server.stop()


@pytest.fixture
def ca_file(authority: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return str(path)


def _count(server: HTTPServer, *, use_async: bool) -> int:
    server.expect_request("/api/v1/models/count").respond_with_json(COUNT)
    url = server.url_for("/api/v1")
    assert url.startswith("https://")
    with ModelGates(api_key="k", server_url=url, retry_config=NO_RETRIES) as client:
        if use_async:

            async def main() -> int:
                try:
                    return (await client.models.count_async()).data.count
                finally:
                    await client.aclose()

            return asyncio.run(main())
        return client.models.count().data.count


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_certificate_no_trusted_ca_signed_is_refused(
    tls_server: HTTPServer, monkeypatch: pytest.MonkeyPatch, use_async: bool
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with pytest.raises(APIConnectionError) as caught:
        _count(tls_server, use_async=use_async)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)  # the user is told why


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_ssl_cert_file_is_honoured_and_a_change_of_it_is_seen(
    tls_server: HTTPServer, ca_file: str, monkeypatch: pytest.MonkeyPatch, use_async: bool
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    assert _count(tls_server, use_async=use_async) == 150
    monkeypatch.delenv("SSL_CERT_FILE")  # back to certifi's bundle, which does not hold the test CA
    with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        _count(tls_server, use_async=use_async)


def test_the_async_slow_start_counts_a_tls_connection_once_and_a_refused_handshake_not_at_all(
    tls_server: HTTPServer, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from modelgates._slow_start import _GATES

    tls_server.expect_request("/api/v1/models/count").respond_with_json(COUNT)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)

    async def open_connections(trusted: bool) -> tuple[int, int]:
        monkeypatch.setenv("SSL_CERT_FILE", ca_file) if trusted else monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        async with ModelGates(api_key="k", server_url=tls_server.url_for("/api/v1"), retry_config=NO_RETRIES) as client:
            gate = _GATES[client._core.async_client]
            if trusted:
                assert (await client.models.count_async()).data.count == 150
            else:
                with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                    await client.models.count_async()
            during = gate.open_connections
        return during, gate.open_connections

    # The TCP stream and its TLS layer are one connection: counted once, uncounted once closed (this
    # server closes each connection after its answer). A refused handshake leaves nothing counted,
    # or every refused attempt would widen the bound for good.
    assert asyncio.run(open_connections(trusted=True)) == (0, 0)
    assert asyncio.run(open_connections(trusted=False)) == (0, 0)
