from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ImageGenerationUsageServerToolUseType0(_ModelBase):
    """Usage for server-side tool execution (e.g., web search)

    Attributes:
        tool_calls_executed (int | None | Unset): Number of OpenRouter server tool calls that executed and produced a
            result.
        tool_calls_requested (int | None | Unset): Total number of OpenRouter server-orchestrated tool calls the model
            requested, across all tool types. Provider-native tools (e.g. native web search) are not counted here.
        web_search_requests (int | None | Unset): Number of web searches performed by server-side tools. For server-
            orchestrated tool calls a web search is also counted in tool_calls_requested; provider-native web search may
            report web_search_requests only. Do not sum the two.
    """

    tool_calls_executed: int | None | Unset = UNSET
    tool_calls_requested: int | None | Unset = UNSET
    web_search_requests: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "tool_calls_executed",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "tool_calls_requested",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "web_search_requests",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
