"""The TLS context every HTTP client the SDK creates verifies servers with, built once per process.

``httpx.Client()`` builds a new ``ssl.SSLContext`` each time and loads the CA bundle into it: ~30 ms
of CPU per client, paid again for every ``ModelGates()`` that makes a call and for the async client
of every event loop (``_loops.py``). A context holds no per-connection state and may be shared by any
number of connections and threads, so the SDK builds httpx's own default once and hands it to each
client. It is httpx's default, built by httpx: certifi's bundle, or ``SSL_CERT_FILE`` /
``SSL_CERT_DIR`` when set; a change of those two variables gets a new context, as a new
``httpx.Client()`` would.

A program that passes its own ``httpx.Client`` to ``ModelGates(client=...)`` keeps its own
verification settings: this module is only for the clients the SDK creates.
"""

from __future__ import annotations

import os
import ssl
import threading

import httpx

__all__ = ["default_ssl_context"]

_lock = threading.Lock()
_contexts: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context for the current ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``."""
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    context = _contexts.get(key)
    if context is None:
        with _lock:  # two threads' first calls build one context, not two
            context = _contexts.get(key)
            if context is None:
                context = _contexts[key] = httpx.create_ssl_context()
    return context
