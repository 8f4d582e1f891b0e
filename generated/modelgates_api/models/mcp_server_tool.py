from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.mcp_server_tool_allowed_tools_type_1 import McpServerToolAllowedToolsType1
    from ..models.mcp_server_tool_headers_type_0 import McpServerToolHeadersType0
    from ..models.mcp_server_tool_require_approval_type_0 import McpServerToolRequireApprovalType0
else:
    McpServerToolAllowedToolsType1 = _LazyModel(
        globals(), "mcp_server_tool_allowed_tools_type_1", "McpServerToolAllowedToolsType1"
    )
    McpServerToolHeadersType0 = _LazyModel(globals(), "mcp_server_tool_headers_type_0", "McpServerToolHeadersType0")
    McpServerToolRequireApprovalType0 = _LazyModel(
        globals(), "mcp_server_tool_require_approval_type_0", "McpServerToolRequireApprovalType0"
    )


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

    _required_ = (
        "server_label",
        ("type", check_mcp_server_tool_type, "type_"),
    )
    _optional_ = (
        (
            "allowed_tools",
            _union_field(
                (
                    ("list[str]", _guarded((list,))),
                    ("McpServerToolAllowedToolsType1", McpServerToolAllowedToolsType1),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "authorization",
        ("connector_id", check_mcp_server_tool_connector_id),
        (
            "headers",
            _union_field(
                (("McpServerToolHeadersType0", McpServerToolHeadersType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "require_approval",
            _union_field(
                (
                    ("McpServerToolRequireApprovalType0", McpServerToolRequireApprovalType0),
                    (
                        "McpServerToolRequireApprovalType1",
                        _guarded((str,), check_mcp_server_tool_require_approval_type_1),
                    ),
                    (
                        "McpServerToolRequireApprovalType2",
                        _guarded((str,), check_mcp_server_tool_require_approval_type_2),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "server_description",
        "server_url",
    )
