from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_item_role import AdditionalToolsItemRole, check_additional_tools_item_role
from ..models.additional_tools_item_type import AdditionalToolsItemType, check_additional_tools_item_type
from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import list_field as _list_field
from ..types import union_field as _union_field

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
        globals(), "modelgates_api.models.additional_tools_item_tools_item_type_0", "AdditionalToolsItemToolsItemType0"
    )
    AdditionalToolsItemToolsItemType28 = _LazyModel(
        globals(),
        "modelgates_api.models.additional_tools_item_tools_item_type_28",
        "AdditionalToolsItemToolsItemType28",
    )
    AdvisorServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.advisor_server_tool_open_router", "AdvisorServerToolOpenRouter"
    )
    ApplyPatchServerTool = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_server_tool", "ApplyPatchServerTool"
    )
    ApplyPatchServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_server_tool_open_router", "ApplyPatchServerToolOpenRouter"
    )
    BashServerTool = _LazyModel(globals(), "modelgates_api.models.bash_server_tool", "BashServerTool")
    CodeInterpreterServerTool = _LazyModel(
        globals(), "modelgates_api.models.code_interpreter_server_tool", "CodeInterpreterServerTool"
    )
    CodexLocalShellTool = _LazyModel(globals(), "modelgates_api.models.codex_local_shell_tool", "CodexLocalShellTool")
    ComputerUseServerTool = _LazyModel(
        globals(), "modelgates_api.models.computer_use_server_tool", "ComputerUseServerTool"
    )
    CustomTool = _LazyModel(globals(), "modelgates_api.models.custom_tool", "CustomTool")
    DatetimeServerTool = _LazyModel(globals(), "modelgates_api.models.datetime_server_tool", "DatetimeServerTool")
    FileSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.file_search_server_tool", "FileSearchServerTool"
    )
    FilesServerTool = _LazyModel(globals(), "modelgates_api.models.files_server_tool", "FilesServerTool")
    FusionServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.fusion_server_tool_open_router", "FusionServerToolOpenRouter"
    )
    ImageGenerationServerTool = _LazyModel(
        globals(), "modelgates_api.models.image_generation_server_tool", "ImageGenerationServerTool"
    )
    ImageGenerationServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    )
    LegacyWebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.legacy_web_search_server_tool", "LegacyWebSearchServerTool"
    )
    McpServerTool = _LazyModel(globals(), "modelgates_api.models.mcp_server_tool", "McpServerTool")
    NamespaceTool = _LazyModel(globals(), "modelgates_api.models.namespace_tool", "NamespaceTool")
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.preview_20250311_web_search_server_tool", "Preview20250311WebSearchServerTool"
    )
    PreviewWebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.preview_web_search_server_tool", "PreviewWebSearchServerTool"
    )
    SearchModelsServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.search_models_server_tool_open_router", "SearchModelsServerToolOpenRouter"
    )
    ShellServerTool = _LazyModel(globals(), "modelgates_api.models.shell_server_tool", "ShellServerTool")
    ShellServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.shell_server_tool_open_router", "ShellServerToolOpenRouter"
    )
    SubagentServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.subagent_server_tool_open_router", "SubagentServerToolOpenRouter"
    )
    ToolSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.tool_search_server_tool", "ToolSearchServerTool"
    )
    WebFetchServerTool = _LazyModel(globals(), "modelgates_api.models.web_fetch_server_tool", "WebFetchServerTool")
    WebSearchServerTool = _LazyModel(globals(), "modelgates_api.models.web_search_server_tool", "WebSearchServerTool")
    WebSearchServerToolOpenRouter = _LazyModel(
        globals(), "modelgates_api.models.web_search_server_tool_open_router", "WebSearchServerToolOpenRouter"
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
