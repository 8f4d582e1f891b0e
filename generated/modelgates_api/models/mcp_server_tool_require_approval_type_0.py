from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.mcp_server_tool_require_approval_type_0_always import McpServerToolRequireApprovalType0Always
    from ..models.mcp_server_tool_require_approval_type_0_never import McpServerToolRequireApprovalType0Never
else:
    McpServerToolRequireApprovalType0Always = _LazyModel(
        globals(), "mcp_server_tool_require_approval_type_0_always", "McpServerToolRequireApprovalType0Always"
    )
    McpServerToolRequireApprovalType0Never = _LazyModel(
        globals(), "mcp_server_tool_require_approval_type_0_never", "McpServerToolRequireApprovalType0Never"
    )


@_attrs_define(repr=False, eq=False)
class McpServerToolRequireApprovalType0(_ModelBase):
    always: McpServerToolRequireApprovalType0Always | Unset = UNSET
    never: McpServerToolRequireApprovalType0Never | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("always", _model_field(McpServerToolRequireApprovalType0Always)),
        ("never", _model_field(McpServerToolRequireApprovalType0Never)),
    )
