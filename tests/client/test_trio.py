"""The async twins under trio (through anyio), not only asyncio.

The SDK's async code sleeps, bounds attempts and hands file writes to threads through anyio, and
leaves asyncio-only machinery (the slow start's futures) out when another loop runs it; these tests
run each kind of async call on trio against real loopback servers, so a step that only works on
asyncio fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# Only where trio is installed: `make compat` installs it, the dev environment does not, because
# httpcore imports trio whenever it is installed (~110-170 ms in every process that sends, sync
# ones too), which would skew every other test's and benchmark's timings.
pytest.importorskip("trio", reason="trio is installed for `make compat` only (see the comment above)")
import sniffio
from modelgates import ModelGates
from modelgates.testing import LocalServer
from modelgates.utils import BackoffStrategy, RetryConfig
from pytest_httpserver import HTTPServer

from tests._data import FRANCE
from tests._support import json_response

from .conftest import CHAT_RESULT, error_body, serve_sequence

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "trio"


async def test_json_stream_speech_to_file_and_a_get_under_trio(tmp_path: Path) -> None:
    assert sniffio.current_async_library() == "trio"
    with LocalServer(port=0, api_key=None) as server:
        async with ModelGates(api_key="sk-test", server_url=server.url) as client:
            result = await client.chat.send_async(messages=FRANCE, model="openai/gpt-4o")
            assert result.choices[0].message.content

            stream = await client.chat.send_async(messages=FRANCE, model="openai/gpt-4o", stream=True)
            async with stream:
                text = "".join([piece async for piece in stream.aiter_text()])
            assert text == stream.accumulated.to_result().choices[0].message.content
            assert text

            audio = await client.tts.create_speech_async(input="Hello", model="openai/gpt-4o-mini-tts", voice="alloy")
            written = await audio.stream_to_file(tmp_path / "hello.mp3")
            assert written == (tmp_path / "hello.mp3").stat().st_size > 0

            count = await client.models.count_async()
            assert count.data.count > 0


async def test_a_retry_sleeps_on_trio_and_then_succeeds(httpserver: HTTPServer) -> None:
    # The real pacer (anyio.sleep), with a millisecond's backoff: the retry must run on trio's clock.
    received = serve_sequence(
        httpserver, "/api/v1/chat/completions", [json_response(503, error_body(503)), json_response(200, CHAT_RESULT)]
    )
    assert sniffio.current_async_library() == "trio"
    retries = RetryConfig("backoff", BackoffStrategy(1, 2, 1.5, 1000), True)
    async with ModelGates(api_key="sk-test", server_url=httpserver.url_for("/api/v1"), retry_config=retries) as client:
        result = await client.chat.send_async(messages=FRANCE, model="m")
    assert result.choices[0].message.content == CHAT_RESULT["choices"][0]["message"]["content"]
    assert len(received) == 2
