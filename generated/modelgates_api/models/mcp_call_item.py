from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_call_item_type import McpCallItemType, check_mcp_call_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class McpCallItem(_ModelBase):
    """An MCP tool call with its output or error

    Example:
        {'arguments': '{"query":"SELECT * FROM users"}', 'id': 'mcp-call-abc123', 'name': 'query_database', 'output':
            '[{"id":1,"name":"Alice"}]', 'server_label': 'database-server', 'type': 'mcp_call'}

    """

    arguments: str
    id: str
    name: str
    server_label: str
    type_: McpCallItemType
    error: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "arguments",
        "id",
        "name",
        "server_label",
        ("type_", "type"),
        "error",
        "output",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arguments"
            arguments = d.pop("arguments")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "server_label"
            server_label = d.pop("server_label")

            _at_field_ = "type"
            type_ = check_mcp_call_item_type(d.pop("type"))

            _at_field_ = "error"
            error = d.pop("error", UNSET)
            if not isinstance(error, (str, _NoneType, Unset)):
                error = _parse_union(
                    error,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "output"
            output = d.pop("output", UNSET)
            if not isinstance(output, (str, _NoneType, Unset)):
                output = _parse_union(
                    output,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_call_item = cls(
            arguments=arguments,
            id=id,
            name=name,
            server_label=server_label,
            type_=type_,
            error=error,
            output=output,
        )

        mcp_call_item.additional_properties = d
        return mcp_call_item
