from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.mcp_server_tool_require_approval_type_0_always import McpServerToolRequireApprovalType0Always
    from ..models.mcp_server_tool_require_approval_type_0_never import McpServerToolRequireApprovalType0Never


@_attrs_define(repr=False, eq=False)
class McpServerToolRequireApprovalType0(_ModelBase):
    always: McpServerToolRequireApprovalType0Always | Unset = UNSET
    never: McpServerToolRequireApprovalType0Never | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "always",
        "never",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "always"
            _always = d.pop("always", UNSET)
            always: McpServerToolRequireApprovalType0Always | Unset
            if isinstance(_always, Unset):
                always = UNSET
            else:
                always = McpServerToolRequireApprovalType0Always.from_dict(_always)

            _at_field_ = "never"
            _never = d.pop("never", UNSET)
            never: McpServerToolRequireApprovalType0Never | Unset
            if isinstance(_never, Unset):
                never = UNSET
            else:
                never = McpServerToolRequireApprovalType0Never.from_dict(_never)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_server_tool_require_approval_type_0 = cls(
            always=always,
            never=never,
        )

        mcp_server_tool_require_approval_type_0.additional_properties = d
        return mcp_server_tool_require_approval_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    McpServerToolRequireApprovalType0Always = _LazyModel(
        globals(),
        "modelgates_api.models.mcp_server_tool_require_approval_type_0_always",
        "McpServerToolRequireApprovalType0Always",
    )
    McpServerToolRequireApprovalType0Never = _LazyModel(
        globals(),
        "modelgates_api.models.mcp_server_tool_require_approval_type_0_never",
        "McpServerToolRequireApprovalType0Never",
    )
