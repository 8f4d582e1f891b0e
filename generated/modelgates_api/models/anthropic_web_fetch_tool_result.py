from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_fetch_tool_result_type import (
    AnthropicWebFetchToolResultType,
    check_anthropic_web_fetch_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
    from ..models.anthropic_web_fetch_block import AnthropicWebFetchBlock
    from ..models.anthropic_web_fetch_tool_result_error import AnthropicWebFetchToolResultError
else:
    AnthropicCodeExecution20250825Caller = _LazyModel(
        globals(), "anthropic_code_execution_20250825_caller", "AnthropicCodeExecution20250825Caller"
    )
    AnthropicCodeExecution20260120Caller = _LazyModel(
        globals(), "anthropic_code_execution_20260120_caller", "AnthropicCodeExecution20260120Caller"
    )
    AnthropicDirectCaller = _LazyModel(globals(), "anthropic_direct_caller", "AnthropicDirectCaller")
    AnthropicWebFetchBlock = _LazyModel(globals(), "anthropic_web_fetch_block", "AnthropicWebFetchBlock")
    AnthropicWebFetchToolResultError = _LazyModel(
        globals(), "anthropic_web_fetch_tool_result_error", "AnthropicWebFetchToolResultError"
    )


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

    _required_ = (
        (
            "caller",
            _union_field(
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
            ),
        ),
        (
            "content",
            _union_field(
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
            ),
        ),
        "tool_use_id",
        ("type", check_anthropic_web_fetch_tool_result_type, "type_"),
    )
