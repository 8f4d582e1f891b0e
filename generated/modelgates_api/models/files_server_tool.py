from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.files_server_tool_type import FilesServerToolType, check_files_server_tool_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.files_server_tool_config import FilesServerToolConfig
else:
    FilesServerToolConfig = _LazyModel(globals(), "files_server_tool_config", "FilesServerToolConfig")


@_attrs_define(repr=False, eq=False)
class FilesServerTool(_ModelBase):
    """OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files API. Requires an
    authenticated request; files come from the API key's workspace (or the default workspace for keys without one).

        Example:
            {'parameters': {}, 'type': 'openrouter:files'}

        Attributes:
            parameters (FilesServerToolConfig | Unset): Configuration for the openrouter:files server tool Example: {}.
    """

    type_: FilesServerToolType
    parameters: FilesServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_files_server_tool_type, "type_"),)
    _optional_ = (("parameters", _model_field(FilesServerToolConfig)),)
