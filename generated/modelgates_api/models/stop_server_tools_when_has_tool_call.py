from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stop_server_tools_when_has_tool_call_type import (
    StopServerToolsWhenHasToolCallType,
    check_stop_server_tools_when_has_tool_call_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenHasToolCall(_ModelBase):
    """Stop after a tool with this name has been called.

    Example:
        {'tool_name': 'finalize', 'type': 'has_tool_call'}

    """

    tool_name: str
    type_: StopServerToolsWhenHasToolCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "tool_name",
        ("type", check_stop_server_tools_when_has_tool_call_type, "type_"),
    )
