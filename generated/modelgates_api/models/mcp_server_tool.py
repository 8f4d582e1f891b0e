from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_server_tool_connector_id import McpServerToolConnectorId, check_mcp_server_tool_connector_id
from ..models.mcp_server_tool_require_approval_type_1 import (
    McpServerToolRequireApprovalType1,
    check_mcp_server_tool_require_approval_type_1,
)
from ..models.mcp_server_tool_require_approval_type_2 import (
    McpServerToolRequireApprovalType2,
    check_mcp_server_tool_require_approval_type_2,
)
from ..models.mcp_server_tool_type import McpServerToolType, check_mcp_server_tool_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.mcp_server_tool_allowed_tools_type_1 import McpServerToolAllowedToolsType1
    from ..models.mcp_server_tool_headers_type_0 import McpServerToolHeadersType0
    from ..models.mcp_server_tool_require_approval_type_0 import McpServerToolRequireApprovalType0


@_attrs_define(repr=False, eq=False)
class McpServerTool(_ModelBase):
    """MCP (Model Context Protocol) tool configuration

    Example:
        {'server_label': 'my-server', 'server_url': 'https://example.com/mcp', 'type': 'mcp'}

    """

    server_label: str
    type_: McpServerToolType
    allowed_tools: list[str] | McpServerToolAllowedToolsType1 | None | Unset = UNSET
    authorization: str | Unset = UNSET
    connector_id: McpServerToolConnectorId | Unset = UNSET
    headers: McpServerToolHeadersType0 | None | Unset = UNSET
    require_approval: (
        McpServerToolRequireApprovalType0
        | McpServerToolRequireApprovalType1
        | McpServerToolRequireApprovalType2
        | None
        | Unset
    ) = UNSET
    server_description: str | Unset = UNSET
    server_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "server_label",
        ("type_", "type"),
        "allowed_tools",
        "authorization",
        "connector_id",
        "headers",
        "require_approval",
        "server_description",
        "server_url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "server_label"
            server_label = d.pop("server_label")

            _at_field_ = "type"
            type_ = check_mcp_server_tool_type(d.pop("type"))

            _at_field_ = "allowed_tools"
            allowed_tools = d.pop("allowed_tools", UNSET)
            if not isinstance(allowed_tools, (_NoneType, Unset)):

                def _allowed_tools_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_tools_type_0 = cast(list[str], data)

                    return allowed_tools_type_0

                allowed_tools = _parse_union(
                    allowed_tools,
                    (
                        ("list[str]", _allowed_tools_member_0),
                        ("McpServerToolAllowedToolsType1", McpServerToolAllowedToolsType1),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "authorization"
            authorization = d.pop("authorization", UNSET)

            _at_field_ = "connector_id"
            _connector_id = d.pop("connector_id", UNSET)
            connector_id: McpServerToolConnectorId | Unset
            if isinstance(_connector_id, Unset):
                connector_id = UNSET
            else:
                connector_id = check_mcp_server_tool_connector_id(_connector_id)

            _at_field_ = "headers"
            headers = d.pop("headers", UNSET)
            if not isinstance(headers, (_NoneType, Unset)):
                headers = _parse_union(
                    headers,
                    (("McpServerToolHeadersType0", McpServerToolHeadersType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "require_approval"
            require_approval = d.pop("require_approval", UNSET)
            if not isinstance(require_approval, (_NoneType, Unset)):

                def _require_approval_member_1(data: object) -> McpServerToolRequireApprovalType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    require_approval_type_1 = check_mcp_server_tool_require_approval_type_1(data)

                    return require_approval_type_1

                def _require_approval_member_2(data: object) -> McpServerToolRequireApprovalType2:
                    if not isinstance(data, str):
                        raise TypeError()
                    require_approval_type_2 = check_mcp_server_tool_require_approval_type_2(data)

                    return require_approval_type_2

                require_approval = _parse_union(
                    require_approval,
                    (
                        ("McpServerToolRequireApprovalType0", McpServerToolRequireApprovalType0),
                        ("McpServerToolRequireApprovalType1", _require_approval_member_1),
                        ("McpServerToolRequireApprovalType2", _require_approval_member_2),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "server_description"
            server_description = d.pop("server_description", UNSET)

            _at_field_ = "server_url"
            server_url = d.pop("server_url", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_server_tool = cls(
            server_label=server_label,
            type_=type_,
            allowed_tools=allowed_tools,
            authorization=authorization,
            connector_id=connector_id,
            headers=headers,
            require_approval=require_approval,
            server_description=server_description,
            server_url=server_url,
        )

        mcp_server_tool.additional_properties = d
        return mcp_server_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    McpServerToolAllowedToolsType1 = _LazyModel(
        globals(), "modelgates_api.models.mcp_server_tool_allowed_tools_type_1", "McpServerToolAllowedToolsType1"
    )
    McpServerToolHeadersType0 = _LazyModel(
        globals(), "modelgates_api.models.mcp_server_tool_headers_type_0", "McpServerToolHeadersType0"
    )
    McpServerToolRequireApprovalType0 = _LazyModel(
        globals(), "modelgates_api.models.mcp_server_tool_require_approval_type_0", "McpServerToolRequireApprovalType0"
    )
