from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicServerToolUsage(_ModelBase):
    """
    Example:
        {'web_fetch_requests': 0, 'web_search_requests': 1}

    """

    web_fetch_requests: int
    web_search_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "web_fetch_requests",
        "web_search_requests",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "web_fetch_requests"
            web_fetch_requests = d.pop("web_fetch_requests")

            _at_field_ = "web_search_requests"
            web_search_requests = d.pop("web_search_requests")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_server_tool_usage = cls(
            web_fetch_requests=web_fetch_requests,
            web_search_requests=web_search_requests,
        )

        anthropic_server_tool_usage.additional_properties = d
        return anthropic_server_tool_usage
