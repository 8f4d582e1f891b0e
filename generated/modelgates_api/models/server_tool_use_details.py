from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ServerToolUseDetails(_ModelBase):
    """Usage for server-side tool execution (e.g., web search)

    Example:
        {'tool_calls_executed': 2, 'tool_calls_requested': 2, 'web_search_requests': 2}

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

    _json_fields_ = (
        "tool_calls_executed",
        "tool_calls_requested",
        "web_search_requests",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool_calls_executed"
            tool_calls_executed = d.pop("tool_calls_executed", UNSET)
            if not isinstance(tool_calls_executed, (int, _NoneType, Unset)):
                tool_calls_executed = _parse_union(
                    tool_calls_executed,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "tool_calls_requested"
            tool_calls_requested = d.pop("tool_calls_requested", UNSET)
            if not isinstance(tool_calls_requested, (int, _NoneType, Unset)):
                tool_calls_requested = _parse_union(
                    tool_calls_requested,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "web_search_requests"
            web_search_requests = d.pop("web_search_requests", UNSET)
            if not isinstance(web_search_requests, (int, _NoneType, Unset)):
                web_search_requests = _parse_union(
                    web_search_requests,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        server_tool_use_details = cls(
            tool_calls_executed=tool_calls_executed,
            tool_calls_requested=tool_calls_requested,
            web_search_requests=web_search_requests,
        )

        server_tool_use_details.additional_properties = d
        return server_tool_use_details
