from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class McpServerToolAllowedToolsType1(_ModelBase):
    read_only: bool | Unset = UNSET
    tool_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "read_only",
        "tool_names",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "read_only"
            read_only = d.pop("read_only", UNSET)

            _at_field_ = "tool_names"
            tool_names = cast(list[str], d.pop("tool_names", UNSET))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_server_tool_allowed_tools_type_1 = cls(
            read_only=read_only,
            tool_names=tool_names,
        )

        mcp_server_tool_allowed_tools_type_1.additional_properties = d
        return mcp_server_tool_allowed_tools_type_1
