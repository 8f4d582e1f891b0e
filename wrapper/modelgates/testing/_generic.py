"""Answers for every operation the local server has no hand-written behaviour for.

Each answer is the operation's first success response as the spec describes it: its example
when the spec has one that validates against the response schema, else the smallest instance
of the schema (required fields only, the first enum value, the first branch of a union). The
answer is built once per operation and media type, checked against the spec, and cached, so a
spec change cannot make the server answer something the spec does not allow.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from modelgates._exceptions import STATUS_OF_ERROR_TYPE

from ._validation import SpecValidator

__all__ = ["CannedAnswer", "canned_answer", "midstream_error_event", "minimal_instance"]

_JSON = ("application/json", "text/json")
_EVENT_STREAM = "text/event-stream"
_MAX_DEPTH = 12
_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "email": "user@example.com",
}


@dataclass(frozen=True)
class CannedAnswer:
    status: int
    content_type: str
    body: bytes  # for an event stream: the whole stream, events and [DONE]


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 50:
        target: Any = spec
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **rest} if rest else target
        seen += 1
    return node


def minimal_instance(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:  # noqa: PLR0911, PLR0912 (one case per JSON Schema keyword)
    """The smallest value ``schema`` accepts, as far as a simple walk can tell (validated by the caller)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return None
    for key in ("const", "default", "example"):
        if key in schema and key != "example":
            return schema[key]
    if schema.get("enum"):
        return next((value for value in schema["enum"] if value is not None), schema["enum"][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal_instance(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:
                return value
        extra = minimal_instance(spec, {k: v for k, v in schema.items() if k != "allOf"}, depth + 1)
        return {**merged, **extra} if isinstance(extra, dict) else merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if _resolve(spec, b).get("type") != "null"] or schema[key]
            return minimal_instance(spec, branches[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties") or {}
        return {
            name: minimal_instance(spec, properties.get(name, {}), depth + 1) for name in schema.get("required") or ()
        }
    if kind == "array":
        count = int(schema.get("minItems") or 0)
        return [minimal_instance(spec, schema.get("items") or {}, depth + 1) for _ in range(count)]
    if kind == "string":
        text = _FORMATS.get(str(schema.get("format")), "string")
        return (text * (int(schema.get("minLength") or 0) // len(text) + 1))[
            : max(len(text), schema.get("minLength") or 0)
        ]
    if kind == "integer":
        return _number(schema, 0)
    if kind == "number":
        return float(_number(schema, 0))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


def _number(schema: Mapping[str, Any], fallback: int) -> int:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    if isinstance(low, bool) or low is None:
        return fallback if schema.get("maximum") is None or schema["maximum"] >= fallback else int(schema["maximum"])
    value = int(low) + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
    return max(value, fallback) if schema.get("maximum") is None or schema["maximum"] >= fallback else value


def _examples(spec: Mapping[str, Any], media: Mapping[str, Any]) -> list[Any]:
    found = []
    if "example" in media:
        found.append(media["example"])
    for named in (media.get("examples") or {}).values():
        example = _resolve(spec, named)
        if isinstance(example, Mapping) and "value" in example:
            found.append(example["value"])
    schema = _resolve(spec, media.get("schema") or {})
    if isinstance(schema, Mapping) and "example" in schema:
        found.append(schema["example"])
    return found


def _success(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[int, Mapping[str, Any]]:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            return int(status), _resolve(spec, response) or {}
    return 200, {}


def _json_body(
    validator: SpecValidator, spec: Mapping[str, Any], operation_id: str, status: int, content_type: str, media: Any
) -> Any:
    candidates = [*_examples(spec, media), minimal_instance(spec, media.get("schema") or {})]
    for candidate in candidates:
        if not validator.validate_response_body(operation_id, status, content_type, candidate):
            return candidate
    problems = validator.validate_response_body(operation_id, status, content_type, candidates[-1])
    raise ValueError(f"{operation_id}: no valid {status} {content_type} body to answer with: {problems[0]}")


# Event protocols with a beginning and an end (a complete object to accumulate): the server answers
# with the whole lifecycle, each event the spec's own example of its type, so that ``stream.final()``
# works offline. None stands for the media type's example event (a delta).
_LIFECYCLES = (
    ("response.created", None, "response.completed"),
    ("message_start", "content_block_start", None, "content_block_stop", "message_delta", "message_stop"),
)
_ENVELOPE_KEYS = {"data", "event", "id", "retry"}


def _event_types(spec: Mapping[str, Any], schema: Any, example: Any) -> tuple[bool, Any, Mapping[str, Any]]:
    """Whether events come in an envelope, the example's data, and the event union's type -> $ref."""
    envelope = isinstance(example, Mapping) and "data" in example and set(example) <= _ENVELOPE_KEYS
    data = example["data"] if envelope else example
    union = _resolve(spec, ((schema.get("properties") or {}).get("data") if envelope else schema) or {})
    mapping = ((union.get("discriminator") or {}).get("mapping") or {}) if isinstance(union, Mapping) else {}
    return envelope, data, mapping


def _wrapped(event: Mapping[str, Any], envelope: bool, example: Any) -> Any:
    """An event as the stream carries it: in the example's envelope (named by its type if the example is)."""
    if not envelope:
        return event
    return {"event": event["type"], "data": event} if "event" in example else {"data": event}


def _sse(envelope: Any) -> str:
    if isinstance(envelope, Mapping) and "data" in envelope and set(envelope) <= _ENVELOPE_KEYS:
        name = envelope.get("event")
        return (f"event: {name}\n" if name else "") + f"data: {json.dumps(envelope['data'])}\n\n"
    return f"data: {json.dumps(envelope)}\n\n"


def _lifecycle(spec: Mapping[str, Any], schema: Any, example: Any, result: Any = None) -> list[Any]:
    """The events of the lifecycle the example belongs to, or just the example. With ``result`` (the
    operation's JSON answer), the stream tells the same story: its text streamed, its object final."""
    envelope, data, mapping = _event_types(spec, schema, example)
    for story in _LIFECYCLES:
        if not all(name in mapping for name in story if name is not None):
            continue
        events = []
        for name in story:
            event = data if name is None else _resolve(spec, {"$ref": mapping[name]}).get("example")
            if not isinstance(event, Mapping) or (name is not None and event.get("type") != name):
                return [example]
            events.append(_told(json.loads(json.dumps(event)), result))
        return [_wrapped(event, envelope, example) for event in events]
    return [example]


def _text_of(result: Any) -> str | None:
    """The first text of a Responses result (output[].content[].text) or a message (content[].text)."""
    if not isinstance(result, Mapping):
        return None
    blocks = [
        part for item in result.get("output") or () if isinstance(item, Mapping) for part in item.get("content") or ()
    ]
    blocks += list(result.get("content") or ())
    return next((b["text"] for b in blocks if isinstance(b, Mapping) and isinstance(b.get("text"), str)), None)


def _told(event: dict[str, Any], result: Any) -> dict[str, Any]:
    """``event`` made to agree with ``result``: the delta carries its text, the completion carries it."""
    text = _text_of(result)
    kind = event.get("type")
    if kind == "response.output_text.delta" and text is not None:
        event["delta"] = text
    elif kind == "content_block_delta" and isinstance(event.get("delta"), dict) and text is not None:
        event["delta"]["text"] = text
    elif kind in ("response.created", "response.completed") and isinstance(result, Mapping):
        done = kind == "response.completed"
        event["response"] = {**result, **({} if done else {"status": "in_progress", "output": []})}
    elif kind == "message_start" and isinstance(result, Mapping) and isinstance(event.get("message"), dict):
        event["message"].update(id=result.get("id", event["message"].get("id")), model=result.get("model"))
    return event


# The Messages API's error type of each status (its error events say a type, not a code): the
# client's own table, read the other way; any other status is api_error.
_ERROR_TYPES = {status: kind for kind, status in STATUS_OF_ERROR_TYPE.items()}


def midstream_error_event(validator: SpecValidator, method: str, path: str, status: int, message: str) -> bytes | None:
    """The stream's error event for ``status`` (``midstream-error``): the spec's example of its
    ``error`` event type, with the status as its code (or its type); None when the stream has no
    such type, or the event would not be valid."""
    template = validator.template_for(path)
    if template is None:
        return None
    spec = validator.spec
    operation = spec["paths"][template][method.lower()]
    code, response = _success(spec, operation)
    media = (response.get("content") or {}).get(_EVENT_STREAM)
    if not media:
        return None
    schema = _resolve(spec, media.get("schema") or {})
    examples = _examples(spec, media)
    example = examples[0] if examples else minimal_instance(spec, schema)
    envelope, _, mapping = _event_types(spec, schema, example)
    error = _resolve(spec, {"$ref": mapping["error"]}).get("example") if "error" in mapping else None
    if not isinstance(error, Mapping):
        return None
    event = json.loads(json.dumps(error))  # a copy to edit
    if "code" in event:
        event["code"], event["message"] = str(status), message
    elif isinstance(event.get("error"), dict):
        event["error"].update(type=_ERROR_TYPES.get(status, "api_error"), message=message)
    wrapped = _wrapped(event, envelope, example)
    if validator.validate_response_body(str(operation.get("operationId")), code, _EVENT_STREAM, wrapped):
        return None
    return _sse(wrapped).encode()


def _event_stream(
    spec: Mapping[str, Any],
    media: Mapping[str, Any],
    valid: Callable[[Any], bool] = lambda event: True,
    result: Any = None,
) -> bytes:
    schema = _resolve(spec, media.get("schema") or {})
    examples = _examples(spec, media)
    example = examples[0] if examples else minimal_instance(spec, schema)
    story = _lifecycle(spec, schema, example, result)
    if result is not None and not all(valid(event) for event in story):
        story = _lifecycle(spec, schema, example)  # the result does not fit the events: the examples alone
    if not all(valid(event) for event in story):
        story = [example]  # a lifecycle the spec's examples do not make valid: the one example event
    return ("".join(_sse(envelope) for envelope in story) + "data: [DONE]\n\n").encode()


@functools.lru_cache(maxsize=512)
def _cached(validator: SpecValidator, method: str, template: str, streaming: bool) -> CannedAnswer:
    spec = validator.spec
    operation = spec["paths"][template][method.lower()]
    operation_id = str(operation.get("operationId"))
    status, response = _success(spec, operation)

    def valid(event: Any) -> bool:
        return not validator.validate_response_body(operation_id, status, _EVENT_STREAM, event)

    content = response.get("content") or {}
    if not content:
        return CannedAnswer(status, "", b"")
    if streaming and _EVENT_STREAM in content:
        json_type = next((t for t in _JSON if t in content), None)
        try:
            result = (
                _json_body(validator, spec, operation_id, status, json_type, content[json_type]) if json_type else None
            )
        except ValueError:  # no valid JSON answer to tell the stream's story with: the events' examples alone
            result = None
        return CannedAnswer(status, _EVENT_STREAM, _event_stream(spec, content[_EVENT_STREAM], valid, result))
    for content_type in _JSON:
        if content_type in content:
            body = _json_body(validator, spec, operation_id, status, content_type, content[content_type])
            return CannedAnswer(status, content_type, json.dumps(body).encode())
    content_type = next(iter(content))
    if content_type == _EVENT_STREAM:
        return CannedAnswer(status, _EVENT_STREAM, _event_stream(spec, content[_EVENT_STREAM], valid))
    media = content[content_type]
    example = next(iter(_examples(spec, media)), None)
    body = example.encode() if isinstance(example, str) else b"modelgates-local " + template.encode()
    return CannedAnswer(status, "application/octet-stream" if "*" in content_type else content_type, body)


def canned_answer(validator: SpecValidator, method: str, path: str, *, streaming: bool) -> CannedAnswer:
    """The answer to ``method path`` (relative to the server base); ``streaming`` when the request asked for events."""
    template = validator.template_for(path)
    if template is None:
        raise KeyError(path)
    return _cached(validator, method.upper(), template, streaming)
