"""The accumulator on its own, and the small building blocks (WAV header, odd events)."""

from __future__ import annotations

import socket
import struct
from typing import Any

import pytest
from modelgates import ModelGates, errors
from modelgates._accumulate import ChatAccumulator
from modelgates._wav import wav_header
from modelgates.errors import ResponseValidationError
from modelgates_api.models.chat_stream_chunk import ChatStreamChunk

from tests._rawserver import RawServer, WireRequest

from .conftest import chunked


def chunk(**payload: Any) -> ChatStreamChunk:
    return ChatStreamChunk.from_dict(payload)


def test_each_choice_of_n_gt_1_is_assembled_separately() -> None:
    acc = ChatAccumulator()
    acc.add(chunk(id="g", created=1, model="m", choices=[{"index": 1, "delta": {"content": "B"}}]))
    acc.add(chunk(choices=[{"index": 0, "delta": {"content": "A"}}, {"index": 1, "delta": {"content": "b"}}]))
    acc.add(
        chunk(
            choices=[
                {"index": 0, "delta": {}, "finish_reason": "length", "native_finish_reason": "max_tokens"},
                {"index": 1, "delta": {}, "finish_reason": "stop", "logprobs": {"content": []}},
            ]
        )
    )
    result = acc.to_result()
    assert [(c.index, c.message.content, c.finish_reason) for c in result.choices] == [
        (0, "A", "length"),
        (1, "Bb", "stop"),
    ]
    assert result.choices[0].native_finish_reason == "max_tokens"
    assert acc.content == "A"  # the properties describe choice 0
    assert "chunks=3" in repr(acc)


def test_images_refusal_and_reasoning_details_are_kept() -> None:
    acc = ChatAccumulator()
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
    detail = {"type": "reasoning.text", "text": "step"}
    acc.add(chunk(choices=[{"index": 0, "delta": {"refusal": "No", "images": [image], "reasoning_details": [detail]}}]))
    acc.add(chunk(choices=[{"index": 0, "delta": {"refusal": "pe"}, "finish_reason": "stop"}]))
    message = acc.to_dict()["choices"][0]["message"]
    assert message["refusal"] == "Nope"
    assert message["images"][0]["image_url"]["url"].startswith("data:image/png")
    assert message["reasoning_details"][0]["text"] == "step"
    assert acc.to_result().choices[0].message.refusal == "Nope"


def test_an_empty_accumulator_refuses_to_make_a_result() -> None:
    acc = ChatAccumulator()
    assert (acc.content, acc.reasoning, acc.tool_calls, acc.finish_reason, acc.usage) == ("", None, [], None, None)
    with pytest.raises(errors.StreamNotConsumedError, match="nothing was streamed yet"):
        acc.to_result()  # an empty ChatResult would look like an empty answer


def test_wav_header_is_the_canonical_44_bytes() -> None:
    header = wav_header(48_000, sample_rate=24_000, sample_width=2, channels=1)
    assert len(header) == 44
    assert struct.unpack("<4sI4s", header[:12]) == (b"RIFF", 36 + 48_000, b"WAVE")
    assert struct.unpack("<HHIIHH", header[20:36]) == (1, 1, 24_000, 48_000, 2, 16)
    assert header[36:] == b"data" + struct.pack("<I", 48_000)
    with pytest.raises(ValueError, match="do not fit"):
        wav_header(1 << 32, sample_rate=24_000, sample_width=2, channels=1)
    with pytest.raises(ValueError, match="channels"):
        wav_header(0, sample_rate=24_000, sample_width=2, channels=0)
    with pytest.raises(ValueError, match="sample_rate"):
        wav_header(0, sample_rate=0, sample_width=2, channels=1)


@pytest.mark.parametrize(
    ("data", "match"),
    [(b"[1, 2]", "not a JSON object"), (b'{"choices": [{"delta": {}}]}', "does not match the spec")],
)
def test_events_of_the_wrong_shape_are_validation_errors(
    server: RawServer, client: ModelGates, data: bytes, match: str
) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(chunked(200, {"Content-Type": "text/event-stream"}, [b"data: " + data + b"\n\n"]))
        return True

    server.handler = handler
    with (
        pytest.raises(ResponseValidationError, match=match),
        client.chat.send(messages=[{"role": "user", "content": "hi"}], stream=True) as stream,
    ):
        list(stream)
