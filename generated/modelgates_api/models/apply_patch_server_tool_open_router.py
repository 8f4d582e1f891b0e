from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_server_tool_open_router_type import (
    ApplyPatchServerToolOpenRouterType,
    check_apply_patch_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.apply_patch_server_tool_config import ApplyPatchServerToolConfig
else:
    ApplyPatchServerToolConfig = _LazyModel(globals(), "apply_patch_server_tool_config", "ApplyPatchServerToolConfig")


@_attrs_define(repr=False, eq=False)
class ApplyPatchServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: validates V4A diff patches for file operations (create, update, delete). Restricted
    to the Responses API.

        Example:
            {'type': 'openrouter:apply_patch'}

        Attributes:
            parameters (ApplyPatchServerToolConfig | Unset): Configuration for the openrouter:apply_patch server tool
                Example: {'engine': 'auto'}.
    """

    type_: ApplyPatchServerToolOpenRouterType
    parameters: ApplyPatchServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_apply_patch_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(ApplyPatchServerToolConfig)),)
