from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_server_tool_type import ApplyPatchServerToolType, check_apply_patch_server_tool_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ApplyPatchServerTool(_ModelBase):
    """Apply patch tool configuration

    Example:
        {'type': 'apply_patch'}

    """

    type_: ApplyPatchServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_apply_patch_server_tool_type, "type_"),)
