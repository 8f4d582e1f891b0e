"""Load: one client, hundreds of calls, one connection pool, nothing left behind.

150 sequential sync calls (50 of each kind; a call that kept its connection would make the pool
open a second one) and 200 concurrent async calls (``asyncio.gather``: twice the pool's
limit, as good a proof of a bounded pool as 500) against a
LocalServer, mixing chat, streamed chat and speech. Every call must succeed with the server's
answer; the client must keep one pool (the same httpx client object) within its limits; and
once client and server are closed, the process must hold no more file descriptors or threads
than before (small slack for the interpreter's own).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from modelgates import ModelGates
from modelgates._client import DEFAULT_LIMITS
from modelgates._slow_start import _GATES
from modelgates.testing import LocalServer

from tests._data import FRANCE
from tests._rawserver import WireRequest

from .conftest import API_KEY, SpecContract, busy_connections, pool_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]  # a safety net on a busy machine, not a measure

PARIS = "The capital of France is Paris."
AUDIO_BYTES = 2048
FD_SLACK = 3
SEQUENTIAL = 150  # one call of a kind that kept its connection would already open a second one
CONCURRENT = 200  # well above DEFAULT_LIMITS.max_connections


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def settle(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Wait (briefly, polling) for the server's connection threads to wind down."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def watch(contract: SpecContract, server: LocalServer) -> None:
    contract.watch(lambda: [WireRequest(r.method, r.path, dict(r.headers), r.body) for r in server.requests])


def sync_call(client: ModelGates, index: int) -> Any:
    kind = index % 3
    if kind == 0:
        return client.chat.send(messages=FRANCE).choices[0].message.content
    if kind == 1:
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            return "".join(stream.iter_text())
    with client.tts.create_speech(input="x", model=f"test/bytes-{AUDIO_BYTES}", voice="alloy") as audio:
        return len(audio.read())


async def async_call(client: ModelGates, index: int) -> Any:
    kind = index % 3
    if kind == 0:
        return (await client.chat.send_async(messages=FRANCE)).choices[0].message.content
    if kind == 1:
        async with await client.chat.send_async(messages=FRANCE, stream=True) as stream:
            return "".join([text async for text in stream.aiter_text()])
    async with await client.tts.create_speech_async(
        input="x", model=f"test/bytes-{AUDIO_BYTES}", voice="alloy"
    ) as audio:
        return len(await audio.aread())


def expected(index: int) -> Any:
    return AUDIO_BYTES if index % 3 == 2 else PARIS


def test_150_sequential_calls_reuse_one_connection(contract: SpecContract) -> None:
    threads_before = set(threading.enumerate())
    fds_before = open_fds()
    with LocalServer() as server:
        watch(contract, server)
        with ModelGates(api_key=API_KEY, server_url=server.url) as client:
            http = client._core.client
            answers = [sync_call(client, index) for index in range(SEQUENTIAL)]
            assert client._core.client is http
            # One keep-alive connection served them all: each call, streamed or not, gave it back.
            assert len(pool_of(http).connections) == 1
            assert busy_connections(http) == []
        assert answers == [expected(index) for index in range(SEQUENTIAL)]
        assert len(server.requests) == SEQUENTIAL
    assert settle(lambda: open_fds() <= fds_before + FD_SLACK), (fds_before, open_fds())
    assert settle(lambda: set(threading.enumerate()) <= threads_before), set(threading.enumerate()) - threads_before


def test_200_concurrent_async_calls_share_one_bounded_pool(contract: SpecContract) -> None:
    threads_before = set(threading.enumerate())
    fds_before = open_fds()

    async def run(url: str) -> tuple[list[Any], int]:
        async with ModelGates(api_key=API_KEY, server_url=url) as client:
            http = client._core.async_client
            pool, done, peak = pool_of(http), asyncio.Event(), [0]

            async def watch_the_pool() -> None:
                # httpcore scans its whole queue on every event: the SDK's slow start keeps
                # the requests it holds within the connections it may open (_slow_start.py).
                while not done.is_set():
                    peak[0] = max(peak[0], len(pool._requests))
                    await asyncio.sleep(0)

            watcher = asyncio.create_task(watch_the_pool())
            answers = await asyncio.gather(*(async_call(client, index) for index in range(CONCURRENT)))
            done.set()
            await watcher
            assert 0 < peak[0] <= DEFAULT_LIMITS.max_connections < CONCURRENT
            assert client._core.async_client is http
            assert busy_connections(http) == []
            gate = _GATES[http]
            assert (gate.in_flight, gate.open_connections) == (0, len(pool.connections))
            return list(answers), len(pool.connections)

    with LocalServer() as server:
        watch(contract, server)
        answers, connections = asyncio.run(run(server.url))
        assert answers == [expected(index) for index in range(CONCURRENT)]
        assert len(server.requests) == CONCURRENT
    assert 1 < connections <= DEFAULT_LIMITS.max_connections  # concurrent, yet within the limits
    assert settle(lambda: open_fds() <= fds_before + FD_SLACK), (fds_before, open_fds())
    assert settle(lambda: set(threading.enumerate()) <= threads_before), set(threading.enumerate()) - threads_before


def test_a_finished_chat_stream_leaves_its_connection_reusable(contract: SpecContract) -> None:
    """Found by the load test: closing at [DONE] before the chunked terminator dropped the connection."""

    async def streamed_async(url: str) -> list[Any]:
        async with ModelGates(api_key=API_KEY, server_url=url) as aclient:
            await aclient.chat.send_async(messages=FRANCE)
            idle = list(pool_of(aclient._core.async_client).connections)
            async with await aclient.chat.send_async(messages=FRANCE, stream=True) as stream:
                assert "".join([text async for text in stream.aiter_text()]) == PARIS
            return [idle, list(pool_of(aclient._core.async_client).connections)]

    with LocalServer() as server, ModelGates(api_key=API_KEY, server_url=server.url) as client:
        watch(contract, server)
        client.chat.send(messages=FRANCE)
        (idle,) = pool_of(client._core.client).connections
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            assert "".join(stream.iter_text()) == PARIS
        assert pool_of(client._core.client).connections == [idle]
        before, after = asyncio.run(streamed_async(server.url))
        assert len(before) == 1
        assert after == before
