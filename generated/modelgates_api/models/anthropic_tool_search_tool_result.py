from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_tool_search_tool_result_type import (
    AnthropicToolSearchToolResultType,
    check_anthropic_tool_search_tool_result_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_tool_search_result import AnthropicToolSearchResult
    from ..models.anthropic_tool_search_result_error import AnthropicToolSearchResultError
else:
    AnthropicToolSearchResult = _LazyModel(globals(), "anthropic_tool_search_result", "AnthropicToolSearchResult")
    AnthropicToolSearchResultError = _LazyModel(
        globals(), "anthropic_tool_search_result_error", "AnthropicToolSearchResultError"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicToolSearchToolResult(_ModelBase):
    """
    Example:
        {'content': {'tool_references': [{'tool_name': 'my_tool', 'type': 'tool_reference'}], 'type':
            'tool_search_tool_search_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type': 'tool_search_tool_result'}

    """

    content: AnthropicToolSearchResult | AnthropicToolSearchResultError
    tool_use_id: str
    type_: AnthropicToolSearchToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    ("AnthropicToolSearchResultError", AnthropicToolSearchResultError),
                    ("AnthropicToolSearchResult", AnthropicToolSearchResult),
                ),
                tag=(
                    "type",
                    (
                        "tool_search_tool_result_error",
                        "tool_search_tool_search_result",
                    ),
                ),
            ),
        ),
        "tool_use_id",
        ("type", check_anthropic_tool_search_tool_result_type, "type_"),
    )
