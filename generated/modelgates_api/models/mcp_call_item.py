from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.mcp_call_item_type import McpCallItemType, check_mcp_call_item_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


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

    _required_ = (
        "arguments",
        "id",
        "name",
        "server_label",
        ("type", check_mcp_call_item_type, "type_"),
    )
    _optional_ = (
        (
            "error",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "output",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
