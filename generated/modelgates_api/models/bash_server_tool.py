from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.bash_server_tool_type import BashServerToolType, check_bash_server_tool_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.bash_server_tool_config import BashServerToolConfig
else:
    BashServerToolConfig = _LazyModel(globals(), "bash_server_tool_config", "BashServerToolConfig")


@_attrs_define(repr=False, eq=False)
class BashServerTool(_ModelBase):
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container

    Example:
        {'parameters': {'environment': {'type': 'container_auto'}}, 'type': 'openrouter:bash'}

    Attributes:
        parameters (BashServerToolConfig | Unset): Configuration for the openrouter:bash server tool Example:
            {'environment': {'type': 'container_auto'}}.
    """

    type_: BashServerToolType
    parameters: BashServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_bash_server_tool_type, "type_"),)
    _optional_ = (("parameters", _model_field(BashServerToolConfig)),)
