"""One connection of the local server: read a request, check it, answer it (or fail as asked)."""

from __future__ import annotations

import itertools
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, cast

from . import _audio, _chat
from ._faults import FAULT_HEADER, Fault, FaultSpecError, parse_fault
from ._generic import canned_answer, midstream_error_event
from ._state import RecordedRequest, ServerState
from ._wire import ResponseWriter, error_envelope, reason_phrase

__all__ = ["Handler"]

MAX_BODY = 32 * 1024 * 1024
SPEECH_CHUNK = 64 * 1024
IDLE_TIMEOUT = 120.0  # seconds a keep-alive connection may sit idle before its thread gives up
_EVENTS_BEFORE_FAILURE = 2
_BYTES_MODEL = re.compile(r"test/bytes-(\d+)\Z")
_BEARER = re.compile(r"Bearer +(\S+)\s*\Z", re.IGNORECASE)
_HTML = "<html><head><title>{0}</title></head><body><h1>{0}</h1><p>modelgates-local</p></body></html>"


class _BadRequestError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _StoppingError(Exception):
    """The server is stopping in the middle of a response: hang up rather than finish it."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "modelgates-local"
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT

    @property
    def state(self) -> ServerState:
        return cast("ServerState", self.server.state)  # type: ignore[attr-defined]

    def setup(self) -> None:
        super().setup()
        self.state.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass  # the peer is gone; nothing left to flush
        finally:
            self.state.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        if self.state.log_requests:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def do_POST(self) -> None:
        self._dispatch()

    do_GET = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = do_POST

    # --- request ---------------------------------------------------------------------------------

    def _dispatch(self) -> None:
        state = self.state
        generation = state.next_generation_id()
        out = ResponseWriter(
            self.wfile, self.connection, chunked=self.request_version == "HTTP/1.1", head_only=self.command == "HEAD"
        )
        common = [("X-Generation-Id", generation)]
        try:
            body = self._read_body()
            headers: dict[str, str] = {}
            for name, value in self.headers.items():
                key = name.lower()
                headers[key] = f"{headers[key]}, {value}" if key in headers else value
            state.record(RecordedRequest(self.command, self.path, headers, body))
            self._answer(out, common, generation, headers, body)
        except _BadRequestError as exc:
            out.must_close = True  # the rest of the request may still be in flight: do not reuse the connection
            out.json(exc.status, error_envelope(exc.status, str(exc)), common)
        except _StoppingError:
            out.cut()
        self.log_request(200)
        if out.must_close:
            self.close_connection = True

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        raw = self.headers.get("Content-Length")
        if raw is None:
            return b""
        if not raw.strip().isdigit():
            raise _BadRequestError(400, f"invalid Content-Length {raw!r}")
        length = int(raw)
        if length > MAX_BODY:
            raise _BadRequestError(413, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024).split(b";", 1)[0].strip()
            try:
                size = int(line, 16)
            except ValueError:
                raise _BadRequestError(400, "malformed chunked request body") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                raise _BadRequestError(413, f"request body over {MAX_BODY} bytes")
            parts.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _answer(
        self, out: ResponseWriter, common: list[tuple[str, str]], generation: str, headers: dict[str, str], body: bytes
    ) -> None:
        state = self.state
        path = self.path.split("?", 1)[0]
        relative = path[len(state.base_path) :] if path.startswith(state.base_path + "/") else None
        operation = state.validator.operation_for(self.command, relative) if relative else None
        if relative is None or operation is None:
            out.json(404, error_envelope(404, f"No route for {self.command} {path}"), common)
            return
        key = _BEARER.match(headers.get("authorization", ""))
        if key is None or (state.api_key is not None and key.group(1) != state.api_key):
            message = "No auth credentials found" if key is None else "Invalid API key"
            out.json(401, error_envelope(401, message), common)
            return
        if state.validate:
            violations = state.validator.validate_request(
                self.command, self.path[len(state.base_path) :], headers, body
            )
            if violations:
                more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
                envelope = error_envelope(400, f"Invalid request: {violations[0]}{more}", {"violations": violations})
                out.json(400, envelope, common)
                return
        request = _json_object(body) if operation in HAND_SERVED or _is_json(headers) else {}
        try:
            fault = _choose_fault(state, headers, request)
        except FaultSpecError as exc:
            out.json(400, error_envelope(400, str(exc)), common)
            return
        if fault is not None and fault.kind in ("status", "reset"):
            _fail(self, out, fault, common)
            return
        if operation == "create-audio-speech":
            _speech(out, state, request, fault, common)
        elif operation == "send-chat-completion-request":
            _chat_completion(out, state, request, fault, common, generation, headers)
        else:
            _canned(out, state, self.command, self.path[len(state.base_path) :], request, fault, common)


# Operations with behaviour of their own (audio synthesis, replies that follow the request);
# every other operation of the spec gets its canned answer (``_generic``).
HAND_SERVED = frozenset({"create-audio-speech", "send-chat-completion-request"})


def _is_json(headers: dict[str, str]) -> bool:
    media = headers.get("content-type", "").partition(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _canned(
    out: ResponseWriter,
    state: ServerState,
    method: str,
    path: str,
    request: dict[str, Any],
    fault: Fault | None,
    common: list[tuple[str, str]],
) -> None:
    answer = canned_answer(state.validator, method, path, streaming=bool(request.get("stream")))
    if answer.content_type == "text/event-stream":
        out.start_stream(answer.status, answer.content_type, [("Cache-Control", "no-cache"), *common])
        _stall(state, fault)
        failure = None
        if fault is not None and fault.kind == "midstream-error":
            message = f"Injected fault: {fault.status} {reason_phrase(fault.status)}"
            failure = midstream_error_event(state.validator, method, path, fault.status, message)
        if failure is not None:  # the stream's own error event, after the answer's first event (as chat's)
            out.send(answer.body[: answer.body.index(b"\n\n") + 2])
            out.send(failure)
            out.end_stream()
            return
        if _breaks(fault):
            out.send(answer.body[: len(answer.body) // 2])
            out.cut()
            return
        out.send(answer.body)
        out.end_stream()
        return
    headers = [("Content-Length", str(len(answer.body))), *common]
    if answer.content_type:
        headers.insert(0, ("Content-Type", answer.content_type))
    out.head(answer.status, headers)
    _stall(state, fault)
    if _breaks(fault):
        out.raw(answer.body[: len(answer.body) // 2])
        out.cut()
        return
    out.raw(answer.body)


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body) if body else None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _BadRequestError(400, f"request body is not valid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise _BadRequestError(400, "request body must be a JSON object")
    return document


def _choose_fault(state: ServerState, headers: dict[str, str], request: dict[str, Any]) -> Fault | None:
    # Precedence: the header, then the scripted queue (always consumed), then a `fault/<spec>` model.
    queued = state.next_queued_fault()
    if FAULT_HEADER.lower() in headers:
        return parse_fault(headers[FAULT_HEADER.lower()])
    if queued is not None:
        return queued
    model = request.get("model")
    if isinstance(model, str) and model.startswith("fault/"):
        return parse_fault(model.removeprefix("fault/"))
    return None


def _fail(handler: Handler, out: ResponseWriter, fault: Fault, common: list[tuple[str, str]]) -> None:
    if fault.kind == "reset":
        out.reset(handler.rfile)
        return
    status = fault.status
    headers = list(common)
    if fault.retry_after is not None:
        headers.append(("Retry-After", fault.retry_after))
    if fault.retry_after_ms is not None:
        headers.append(("retry-after-ms", fault.retry_after_ms))
    if fault.should_retry is not None:
        headers.append(("X-Should-Retry", "true" if fault.should_retry else "false"))
    message = f"Injected fault: {status} {reason_phrase(status)}"
    envelope = json.dumps(error_envelope(status, message)).encode()
    if fault.body == "json":
        out.whole(status, "application/json", envelope, headers)
    elif fault.body == "html":
        out.whole(
            status, "text/html; charset=utf-8", _HTML.format(f"{status} {reason_phrase(status)}").encode(), headers
        )
    elif fault.body == "empty":
        out.whole(status, "application/json", b"", headers)
    else:  # truncated: well-framed bytes that are not a whole JSON document
        out.whole(status, "application/json", envelope[: len(envelope) // 2], headers)


def _stall(state: ServerState, fault: Fault | None) -> None:
    if fault is not None and fault.kind == "stall" and state.stopping.wait(fault.stall_seconds):
        raise _StoppingError


def _breaks(fault: Fault | None) -> bool:
    return fault is not None and fault.kind in ("cut", "midstream-error")


# --- speech --------------------------------------------------------------------------------------


def _speech(
    out: ResponseWriter, state: ServerState, request: dict[str, Any], fault: Fault | None, common: list[tuple[str, str]]
) -> None:
    model = str(request.get("model", ""))
    sized = _BYTES_MODEL.match(model)
    if sized:
        length = int(sized.group(1))
        content_type = "audio/pcm"
        pieces: Iterator[bytes] = _audio.pattern_bytes(length, SPEECH_CHUNK)
    else:
        text = str(request.get("input", ""))
        if not text.strip():
            out.json(400, error_envelope(400, "input must contain text to synthesize"), common)
            return
        speed = request.get("speed", 1.0)
        audio = _audio.synthesize_pcm(text, str(request.get("voice", "")), float(speed) if speed is not None else 1.0)
        content_type = "audio/pcm"
        if request.get("response_format", "pcm") == "mp3":
            audio, content_type = _audio.encode_mp3(audio), "audio/mpeg"
        length = len(audio)
        pieces = (audio[i : i + SPEECH_CHUNK] for i in range(0, length, SPEECH_CHUNK))
    out.head(200, [("Content-Type", content_type), ("Content-Length", str(length)), *common])
    _stall(state, fault)
    if _breaks(fault):
        out.raw(b"".join(_take(pieces, length // 2)))
        out.cut()
        return
    for piece in pieces:
        out.raw(piece)


def _take(pieces: Iterable[bytes], count: int) -> Iterator[bytes]:
    for piece in pieces:
        if count <= 0:
            return
        yield piece[:count]
        count -= len(piece)


# --- chat ----------------------------------------------------------------------------------------


def _chat_completion(
    out: ResponseWriter,
    state: ServerState,
    request: dict[str, Any],
    fault: Fault | None,
    common: list[tuple[str, str]],
    generation: str,
    headers: dict[str, str],
) -> None:
    created = int(time.time())
    model = str(request.get("model") or _chat.DEFAULT_MODEL)
    if not request.get("stream"):
        if fault is not None and fault.kind == "midstream-error":
            out.json(fault.status, error_envelope(fault.status, "Provider disconnected"), common)
            return
        reply = _chat.decide_reply(request, generation)
        wants_metadata = headers.get("x-openrouter-experimental-metadata", "").lower() == "enabled"
        metadata = {"provider": _chat.PROVIDER, "attempts": 1} if wants_metadata else None
        body = json.dumps(_chat.build_chat_result(reply, generation, created, metadata)).encode()
        out.head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body))), *common])
        _stall(state, fault)
        out.raw(body[: len(body) // 2] if _breaks(fault) else body)
        if _breaks(fault):
            out.cut()
        return
    out.start_stream(200, "text/event-stream", [("Cache-Control", "no-cache"), *common])
    _stall(state, fault)
    out.send(b": OPENROUTER PROCESSING\n\n")
    bench = _chat.is_stream_bench(model)
    if bench is not None:
        events: Iterator[bytes] = _chat.stream_bench_events(bench, generation, created, model)
        if not _breaks(fault):
            out.send_many(events)
            out.end_stream()
            return
    else:
        chunks = _chat.stream_chunks(_chat.decide_reply(request, generation), generation, created)
        events = itertools.chain((_event(chunk) for chunk in chunks), [b"data: [DONE]\n\n"])
    if not _breaks(fault):
        for event in events:
            out.send(event)
        out.end_stream()
        return
    for event in itertools.islice(events, _EVENTS_BEFORE_FAILURE):
        out.send(event)
    if fault is not None and fault.kind == "midstream-error":
        out.send(_event(_chat.error_chunk(generation, created, model, fault.status)))
        out.end_stream()
    else:
        out.cut()


def _event(chunk: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"
