from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_server_tool_open_router_type import (
    ShellServerToolOpenRouterType,
    check_shell_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.shell_server_tool_config import ShellServerToolConfig
else:
    ShellServerToolConfig = _LazyModel(globals(), "shell_server_tool_config", "ShellServerToolConfig")


@_attrs_define(repr=False, eq=False)
class ShellServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container (a sandbox-backed clone of
    OpenAI's hosted shell tool)

        Example:
            {'parameters': {'engine': 'openrouter', 'environment': {'type': 'container_auto'}}, 'type': 'openrouter:shell'}

        Attributes:
            parameters (ShellServerToolConfig | Unset): Configuration for the openrouter:shell server tool Example:
                {'engine': 'openrouter', 'environment': {'type': 'container_auto'}}.
    """

    type_: ShellServerToolOpenRouterType
    parameters: ShellServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_shell_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(ShellServerToolConfig)),)
