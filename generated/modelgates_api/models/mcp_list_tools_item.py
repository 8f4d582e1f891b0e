from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.mcp_list_tools_item_type import (
    McpListToolsItemType,
    check_mcp_list_tools_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem


T = TypeVar("T", bound="McpListToolsItem")


@_attrs_define
class McpListToolsItem:
    """List of available MCP tools from a server

    Example:
        {'id': 'mcp-list-abc123', 'server_label': 'database-server', 'tools': [{'description': 'Execute a database
            query', 'input_schema': {'properties': {'query': {'type': 'string'}}, 'type': 'object'}, 'name':
            'query_database'}], 'type': 'mcp_list_tools'}

    Attributes:
        id (str):
        server_label (str):
        tools (list[McpListToolsItemToolsItem]):
        type_ (McpListToolsItemType):
        error (None | str | Unset):
    """

    id: str
    server_label: str
    tools: list[McpListToolsItemToolsItem]
    type_: McpListToolsItemType
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_: str = self.type_

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server_label": server_label,
                "tools": tools,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem

        d = dict(src_dict)
        id = d.pop("id")

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = McpListToolsItemToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = check_mcp_list_tools_item_type(d.pop("type"))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        mcp_list_tools_item = cls(
            id=id,
            server_label=server_label,
            tools=tools,
            type_=type_,
            error=error,
        )

        mcp_list_tools_item.additional_properties = d
        return mcp_list_tools_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
