from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_has_tool_call_type import (
    StopServerToolsWhenHasToolCallType,
    check_stop_server_tools_when_has_tool_call_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenHasToolCall(_ModelBase):
    """Stop after a tool with this name has been called.

    Example:
        {'tool_name': 'finalize', 'type': 'has_tool_call'}

    """

    tool_name: str
    type_: StopServerToolsWhenHasToolCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "tool_name",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool_name"
            tool_name = d.pop("tool_name")

            _at_field_ = "type"
            type_ = check_stop_server_tools_when_has_tool_call_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stop_server_tools_when_has_tool_call = cls(
            tool_name=tool_name,
            type_=type_,
        )

        stop_server_tools_when_has_tool_call.additional_properties = d
        return stop_server_tools_when_has_tool_call
