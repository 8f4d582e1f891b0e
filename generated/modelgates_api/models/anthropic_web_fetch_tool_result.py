from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_tool_result_type import (
    AnthropicWebFetchToolResultType,
    check_anthropic_web_fetch_tool_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
    from ..models.anthropic_web_fetch_block import AnthropicWebFetchBlock
    from ..models.anthropic_web_fetch_tool_result_error import AnthropicWebFetchToolResultError


@_attrs_define(repr=False, eq=False)
class AnthropicWebFetchToolResult(_ModelBase):
    """
    Example:
        {'caller': {'type': 'direct'}, 'content': {'content': {'citations': None, 'source': {'data': '', 'media_type':
            'text/plain', 'type': 'text'}, 'title': None, 'type': 'document'}, 'retrieved_at': None, 'type':
            'web_fetch_result', 'url': 'https://example.com'}, 'tool_use_id': 'srvtoolu_01abc', 'type':
            'web_fetch_tool_result'}

    """

    caller: AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller
    content: AnthropicWebFetchBlock | AnthropicWebFetchToolResultError
    tool_use_id: str
    type_: AnthropicWebFetchToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "caller",
        "content",
        "tool_use_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "caller"
            caller = d.pop("caller")
            caller = _parse_union(
                caller,
                (
                    ("AnthropicDirectCaller", AnthropicDirectCaller),
                    ("AnthropicCodeExecution20250825Caller", AnthropicCodeExecution20250825Caller),
                    ("AnthropicCodeExecution20260120Caller", AnthropicCodeExecution20260120Caller),
                ),
                tag=(
                    "type",
                    (
                        "direct",
                        "code_execution_20250825",
                        "code_execution_20260120",
                    ),
                ),
            )

            _at_field_ = "content"
            content = d.pop("content")
            content = _parse_union(
                content,
                (
                    ("AnthropicWebFetchToolResultError", AnthropicWebFetchToolResultError),
                    ("AnthropicWebFetchBlock", AnthropicWebFetchBlock),
                ),
                tag=(
                    "type",
                    (
                        "web_fetch_tool_result_error",
                        "web_fetch_result",
                    ),
                ),
            )

            _at_field_ = "tool_use_id"
            tool_use_id = d.pop("tool_use_id")

            _at_field_ = "type"
            type_ = check_anthropic_web_fetch_tool_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_web_fetch_tool_result = cls(
            caller=caller,
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
        )

        anthropic_web_fetch_tool_result.additional_properties = d
        return anthropic_web_fetch_tool_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCodeExecution20250825Caller = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_code_execution_20250825_caller",
        "AnthropicCodeExecution20250825Caller",
    )
    AnthropicCodeExecution20260120Caller = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_code_execution_20260120_caller",
        "AnthropicCodeExecution20260120Caller",
    )
    AnthropicDirectCaller = _LazyModel(
        globals(), "modelgates_api.models.anthropic_direct_caller", "AnthropicDirectCaller"
    )
    AnthropicWebFetchBlock = _LazyModel(
        globals(), "modelgates_api.models.anthropic_web_fetch_block", "AnthropicWebFetchBlock"
    )
    AnthropicWebFetchToolResultError = _LazyModel(
        globals(), "modelgates_api.models.anthropic_web_fetch_tool_result_error", "AnthropicWebFetchToolResultError"
    )
