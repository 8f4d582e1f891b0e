from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_item_type import McpListToolsItemType, check_mcp_list_tools_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem


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

    _json_fields_ = (
        "id",
        "server_label",
        "tools",
        ("type_", "type"),
        "error",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "server_label"
            server_label = d.pop("server_label")

            _at_field_ = "tools"
            tools = []
            _tools = d.pop("tools")
            for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                try:
                    tools_item = McpListToolsItemToolsItem.from_dict(tools_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _tools_item_data_index)
                tools.append(tools_item)

            _at_field_ = "type"
            type_ = check_mcp_list_tools_item_type(d.pop("type"))

            _at_field_ = "error"
            error = d.pop("error", UNSET)
            if not isinstance(error, (str, _NoneType, Unset)):
                error = _parse_union(
                    error,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_list_tools_item = cls(
            id=id,
            server_label=server_label,
            tools=tools,
            type_=type_,
            error=error,
        )

        mcp_list_tools_item.additional_properties = d
        return mcp_list_tools_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    McpListToolsItemToolsItem = _LazyModel(
        globals(), "modelgates_api.models.mcp_list_tools_item_tools_item", "McpListToolsItemToolsItem"
    )
