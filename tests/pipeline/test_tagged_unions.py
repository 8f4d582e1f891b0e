"""Unions of models told apart by one single-valued enum field (``role``, ``type``) try the member that
the value names first (``tag=`` in the generated code, ``types.parse_union``). Only the speed may
change: what a union accepts, which member it picks and the error it raises stay those of the full
search, on the committed package (chat messages in a request, output items in a Responses result).
"""

from __future__ import annotations

from typing import Any

import pytest
from modelgates.testing._validation import load_spec
from modelgates_api.models.base_responses_result import BaseResponsesResult
from modelgates_api.models.chat_request import ChatRequest
from modelgates_api.types import SpecError, request_parsing

from .conftest import ROOT

MESSAGES = [
    ({"role": "system", "content": "be brief"}, "ChatSystemMessage"),
    ({"role": "developer", "content": "no emoji"}, "ChatDeveloperMessage"),
    ({"role": "user", "content": "hi"}, "ChatUserMessage"),
    ({"role": "assistant", "content": "hello"}, "ChatAssistantMessage"),
    ({"role": "tool", "content": "42", "tool_call_id": "call_1"}, "ChatToolMessage"),
]


def _request(*messages: dict[str, Any]) -> ChatRequest:
    with request_parsing():
        return ChatRequest.from_dict({"model": "m", "messages": list(messages)})


def test_each_role_is_parsed_into_its_own_message_class_and_serialized_back() -> None:
    request = _request(*(message for message, _ in MESSAGES))
    assert [type(m).__name__ for m in request.messages] == [name for _, name in MESSAGES]
    assert request.to_dict()["messages"] == [message for message, _ in MESSAGES]


@pytest.mark.parametrize(
    ("message", "error"),
    [
        # the tagged member refuses it: the full search names the closest member's problem
        ({"role": "tool", "content": "x"}, "messages[0]: missing 'tool_call_id'"),
        ({"role": "user", "content": 5}, "messages[0].content: expected list["),
        # no member is tagged by the value: the error lists the values the members take
        ({"role": "critic", "content": "x"}, "messages[0]: role 'critic' is not one of system, developer, user"),
        # a value of a type no tag can have goes to the full search too
        ({"role": ["user"], "content": "x"}, "messages[0]"),
    ],
)
def test_a_request_message_no_member_accepts_gets_the_full_searchs_error(message: dict[str, Any], error: str) -> None:
    with pytest.raises(SpecError) as caught:
        _request(message)
    assert str(caught.value).startswith(error)


OUTPUT_ITEMS = (  # the members of BaseResponsesResult.output, in the order the union tries them
    "OutputMessage", "OutputItemReasoning", "OutputItemFunctionCall", "OutputItemCustomToolCall",
    "OutputItemWebSearchCall", "OutputItemFileSearchCall", "OutputItemImageGenerationCall",
    "OutputItemApplyPatchCall", "OutputItemCodeInterpreterCall",
)  # fmt: skip


def test_responses_output_items_keep_their_classes_and_an_unknown_item_type_is_kept() -> None:
    spec = load_spec(ROOT / "openapi.yaml")
    schemas = spec["components"]["schemas"]
    result = spec["paths"]["/responses"]["post"]["responses"]["200"]["content"]["application/json"]["example"]
    items = {name: schemas[name]["example"] for name in OUTPUT_ITEMS if "example" in schemas[name]}
    assert len(items) >= 3, "the spec's item examples are gone: update this test"
    parsed = BaseResponsesResult.from_dict({**result, "output": list(items.values())})
    assert [type(item).__name__ for item in parsed.output] == list(items)  # last members too, each by its tag
    assert parsed.to_dict()["output"] == list(items.values())
    future = {"type": "hologram_call", "id": "h1", "status": "completed"}  # a newer server's item type
    kept = BaseResponsesResult.from_dict({**result, "output": [future]})
    assert kept.to_dict()["output"] == [future]
