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
class MessagesDeltaEventUsageServerToolUseType0(_ModelBase):
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
        messages_delta_event_usage_server_tool_use_type_0 = cls(
            web_fetch_requests=web_fetch_requests,
            web_search_requests=web_search_requests,
        )

        messages_delta_event_usage_server_tool_use_type_0.additional_properties = d
        return messages_delta_event_usage_server_tool_use_type_0
