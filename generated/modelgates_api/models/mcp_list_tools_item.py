from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.mcp_list_tools_item_type import McpListToolsItemType, check_mcp_list_tools_item_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem
else:
    McpListToolsItemToolsItem = _LazyModel(globals(), "mcp_list_tools_item_tools_item", "McpListToolsItemToolsItem")


@_attrs_define(repr=False, eq=False)
class McpListToolsItem(_ModelBase):
    """List of available MCP tools from a server

    Example:
        {'id': 'mcp-list-abc123', 'server_label': 'database-server', 'tools': [{'description': 'Execute a database
            query', 'input_schema': {'properties': {'query': {'type': 'string'}}, 'type': 'object'}, 'name':
            'query_database'}], 'type': 'mcp_list_tools'}

    """

    id: str
    server_label: str
    tools: list[McpListToolsItemToolsItem]
    type_: McpListToolsItemType
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        "server_label",
        ("tools", _list_field(_model_field(McpListToolsItemToolsItem))),
        ("type", check_mcp_list_tools_item_type, "type_"),
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
    )
