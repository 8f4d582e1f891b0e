from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.additional_tools_item_role import AdditionalToolsItemRole, check_additional_tools_item_role
from ..models.additional_tools_item_type import AdditionalToolsItemType, check_additional_tools_item_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_type_0 import AdditionalToolsItemToolsItemType0
    from ..models.additional_tools_item_tools_item_type_28 import AdditionalToolsItemToolsItemType28
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from ..models.bash_server_tool import BashServerTool
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter
else:
    AdditionalToolsItemToolsItemType0 = _LazyModel(
        globals(), "additional_tools_item_tools_item_type_0", "AdditionalToolsItemToolsItemType0"
    )
    AdditionalToolsItemToolsItemType28 = _LazyModel(
        globals(), "additional_tools_item_tools_item_type_28", "AdditionalToolsItemToolsItemType28"
    )
    AdvisorServerToolOpenRouter = _LazyModel(
        globals(), "advisor_server_tool_open_router", "AdvisorServerToolOpenRouter"
    )
    ApplyPatchServerTool = _LazyModel(globals(), "apply_patch_server_tool", "ApplyPatchServerTool")
    ApplyPatchServerToolOpenRouter = _LazyModel(
        globals(), "apply_patch_server_tool_open_router", "ApplyPatchServerToolOpenRouter"
    )
    BashServerTool = _LazyModel(globals(), "bash_server_tool", "BashServerTool")
    CodeInterpreterServerTool = _LazyModel(globals(), "code_interpreter_server_tool", "CodeInterpreterServerTool")
    CodexLocalShellTool = _LazyModel(globals(), "codex_local_shell_tool", "CodexLocalShellTool")
    ComputerUseServerTool = _LazyModel(globals(), "computer_use_server_tool", "ComputerUseServerTool")
    CustomTool = _LazyModel(globals(), "custom_tool", "CustomTool")
    DatetimeServerTool = _LazyModel(globals(), "datetime_server_tool", "DatetimeServerTool")
    FileSearchServerTool = _LazyModel(globals(), "file_search_server_tool", "FileSearchServerTool")
    FilesServerTool = _LazyModel(globals(), "files_server_tool", "FilesServerTool")
    FusionServerToolOpenRouter = _LazyModel(globals(), "fusion_server_tool_open_router", "FusionServerToolOpenRouter")
    ImageGenerationServerTool = _LazyModel(globals(), "image_generation_server_tool", "ImageGenerationServerTool")
    ImageGenerationServerToolOpenRouter = _LazyModel(
        globals(), "image_generation_server_tool_open_router", "ImageGenerationServerToolOpenRouter"
    )
    LegacyWebSearchServerTool = _LazyModel(globals(), "legacy_web_search_server_tool", "LegacyWebSearchServerTool")
    McpServerTool = _LazyModel(globals(), "mcp_server_tool", "McpServerTool")
    NamespaceTool = _LazyModel(globals(), "namespace_tool", "NamespaceTool")
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(), "preview_20250311_web_search_server_tool", "Preview20250311WebSearchServerTool"
    )
    PreviewWebSearchServerTool = _LazyModel(globals(), "preview_web_search_server_tool", "PreviewWebSearchServerTool")
    SearchModelsServerToolOpenRouter = _LazyModel(
        globals(), "search_models_server_tool_open_router", "SearchModelsServerToolOpenRouter"
    )
    ShellServerTool = _LazyModel(globals(), "shell_server_tool", "ShellServerTool")
    ShellServerToolOpenRouter = _LazyModel(globals(), "shell_server_tool_open_router", "ShellServerToolOpenRouter")
    SubagentServerToolOpenRouter = _LazyModel(
        globals(), "subagent_server_tool_open_router", "SubagentServerToolOpenRouter"
    )
    ToolSearchServerTool = _LazyModel(globals(), "tool_search_server_tool", "ToolSearchServerTool")
    WebFetchServerTool = _LazyModel(globals(), "web_fetch_server_tool", "WebFetchServerTool")
    WebSearchServerTool = _LazyModel(globals(), "web_search_server_tool", "WebSearchServerTool")
    WebSearchServerToolOpenRouter = _LazyModel(
        globals(), "web_search_server_tool_open_router", "WebSearchServerToolOpenRouter"
    )


@_attrs_define(repr=False, eq=False)
class AdditionalToolsItem(_ModelBase):
    """Additional tools made available to the model at this point in the input

    Example:
        {'role': 'developer', 'tools': [{'name': 'get_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'type': 'additional_tools'}

    """

    role: AdditionalToolsItemRole
    tools: list[
        AdditionalToolsItemToolsItemType0
        | AdditionalToolsItemToolsItemType28
        | AdvisorServerToolOpenRouter
        | ApplyPatchServerTool
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | DatetimeServerTool
        | FileSearchServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerTool
        | ImageGenerationServerToolOpenRouter
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | SearchModelsServerToolOpenRouter
        | ShellServerTool
        | ShellServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | ToolSearchServerTool
        | WebFetchServerTool
        | WebSearchServerTool
        | WebSearchServerToolOpenRouter
    ]
    type_: AdditionalToolsItemType
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("role", check_additional_tools_item_role),
        (
            "tools",
            _list_field(
                _union_field(
                    (
                        ("AdditionalToolsItemToolsItemType0", AdditionalToolsItemToolsItemType0),
                        ("PreviewWebSearchServerTool", PreviewWebSearchServerTool),
                        ("Preview20250311WebSearchServerTool", Preview20250311WebSearchServerTool),
                        ("LegacyWebSearchServerTool", LegacyWebSearchServerTool),
                        ("WebSearchServerTool", WebSearchServerTool),
                        ("FileSearchServerTool", FileSearchServerTool),
                        ("ComputerUseServerTool", ComputerUseServerTool),
                        ("CodeInterpreterServerTool", CodeInterpreterServerTool),
                        ("McpServerTool", McpServerTool),
                        ("ImageGenerationServerTool", ImageGenerationServerTool),
                        ("CodexLocalShellTool", CodexLocalShellTool),
                        ("ShellServerTool", ShellServerTool),
                        ("ApplyPatchServerTool", ApplyPatchServerTool),
                        ("CustomTool", CustomTool),
                        ("NamespaceTool", NamespaceTool),
                        ("AdvisorServerToolOpenRouter", AdvisorServerToolOpenRouter),
                        ("SubagentServerToolOpenRouter", SubagentServerToolOpenRouter),
                        ("DatetimeServerTool", DatetimeServerTool),
                        ("FilesServerTool", FilesServerTool),
                        ("FusionServerToolOpenRouter", FusionServerToolOpenRouter),
                        ("ImageGenerationServerToolOpenRouter", ImageGenerationServerToolOpenRouter),
                        ("SearchModelsServerToolOpenRouter", SearchModelsServerToolOpenRouter),
                        ("WebFetchServerTool", WebFetchServerTool),
                        ("WebSearchServerToolOpenRouter", WebSearchServerToolOpenRouter),
                        ("ApplyPatchServerToolOpenRouter", ApplyPatchServerToolOpenRouter),
                        ("BashServerTool", BashServerTool),
                        ("ShellServerToolOpenRouter", ShellServerToolOpenRouter),
                        ("ToolSearchServerTool", ToolSearchServerTool),
                        ("AdditionalToolsItemToolsItemType28", AdditionalToolsItemToolsItemType28),
                    )
                )
            ),
        ),
        ("type", check_additional_tools_item_type, "type_"),
    )
    _optional_ = (
        (
            "id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
