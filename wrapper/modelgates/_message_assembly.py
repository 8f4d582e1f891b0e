"""Assemble a Messages event stream into the message a non-streaming ``messages.create`` returns.

Anthropic's protocol sends no final object: ``message_start`` carries the message without its
content, each content block comes as ``content_block_start``, deltas and ``content_block_stop``,
and ``message_delta`` adds the stop reason and the final usage. What ``EventStream.final()``
returns for ``messages.create(stream=True)`` is built here from those pieces, as the raw JSON the
non-streaming call would have sent, then parsed by the operation's result model.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._accumulate import _assembled
from ._exceptions import ResponseValidationError

__all__ = ["MessageAssembler"]

# Delta fields appended to the block's field of the same name; a delta type the SDK does not
# know yet is applied the same way (its string fields appended), so it is not lost.
_JOINED = {"text_delta": "text", "thinking_delta": "thinking", "compaction_delta": "content"}


class MessageAssembler:
    """Fed every event's JSON from ``message_start`` on; ``result(model)`` after ``message_stop``."""

    def __init__(self, start: Mapping[str, Any]) -> None:
        message = start.get("message")
        self.message: dict[str, Any] = dict(message) if isinstance(message, Mapping) else {}
        self.blocks: dict[int, dict[str, Any]] = dict(enumerate(self.message.get("content") or ()))
        self.partial_json: dict[int, list[str]] = {}

    def add(self, event: Mapping[str, Any]) -> None:
        kind = event.get("type")
        index = event.get("index")
        if kind == "content_block_start" and isinstance(index, int):
            block = event.get("content_block")
            self.blocks[index] = dict(block) if isinstance(block, Mapping) else {}
        elif kind == "content_block_delta" and isinstance(index, int):
            delta = event.get("delta")
            if isinstance(delta, Mapping):
                self._apply(self.blocks.setdefault(index, {}), index, delta)
        elif kind == "content_block_stop" and isinstance(index, int):
            self._finish_input(index)
        elif kind == "message_delta":
            delta = event.get("delta")
            self.message.update(delta if isinstance(delta, Mapping) else {})
            usage = event.get("usage")
            if isinstance(usage, Mapping):
                # The usage of message_delta is cumulative; a null means "not reported here".
                merged = dict(self.message.get("usage") or {})
                merged.update({key: value for key, value in usage.items() if value is not None})
                self.message["usage"] = merged

    def _apply(self, block: dict[str, Any], index: int, delta: Mapping[str, Any]) -> None:
        kind = delta.get("type")
        if kind == "input_json_delta":
            self.partial_json.setdefault(index, []).append(str(delta.get("partial_json") or ""))
        elif kind == "signature_delta":
            block["signature"] = delta.get("signature")
        elif kind == "citations_delta":
            block["citations"] = [*(block.get("citations") or ()), delta.get("citation")]
        elif kind in _JOINED:
            name = _JOINED[kind]
            if isinstance(delta.get(name), str):
                block[name] = (block.get(name) or "") + delta[name]
            if kind == "compaction_delta" and delta.get("encrypted_content") is not None:
                block["encrypted_content"] = delta["encrypted_content"]
        else:
            for name, value in delta.items():
                if name != "type" and isinstance(value, str):
                    block[name] = (block.get(name) or "") + value

    def _finish_input(self, index: int) -> None:
        parts = self.partial_json.pop(index, None)
        if parts is None:
            return
        text = "".join(parts)
        try:
            self.blocks.setdefault(index, {})["input"] = json.loads(text) if text.strip() else {}
        except (ValueError, RecursionError) as exc:
            raise ResponseValidationError(
                f"the streamed input of content block {index} is not JSON ({type(exc).__name__}: {exc})",
                body=text[:2000],
                raw_response=None,
            ) from exc

    def result(self, model: Any) -> Any:
        """The assembled message, parsed by ``model`` (the operation's result model)."""
        for index in list(self.partial_json):
            self._finish_input(index)
        message = {**self.message, "content": [self.blocks[index] for index in sorted(self.blocks)]}
        return _assembled(model.from_dict, message, "message")
