from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_item_role import (
    AdditionalToolsItemRole,
    check_additional_tools_item_role,
)
from ..models.additional_tools_item_type import (
    AdditionalToolsItemType,
    check_additional_tools_item_type,
)
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.additional_tools_item_tools_item_type_0 import (
        AdditionalToolsItemToolsItemType0,
    )
    from ..models.additional_tools_item_tools_item_type_28 import (
        AdditionalToolsItemToolsItemType28,
    )
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
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
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.search_models_server_tool_open_router import (
        SearchModelsServerToolOpenRouter,
    )
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter,
    )


@_attrs_define(repr=False, eq=False)
class AdditionalToolsItem(_ModelBase):
    """Additional tools made available to the model at this point in the input

    Example:
        {'role': 'developer', 'tools': [{'name': 'get_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'type': 'additional_tools'}

    Attributes:
        role (AdditionalToolsItemRole):
        tools (list[AdditionalToolsItemToolsItemType0 | AdditionalToolsItemToolsItemType28 | AdvisorServerToolOpenRouter
            | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool | CodeInterpreterServerTool |
            CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool | FileSearchServerTool |
            FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool | ImageGenerationServerToolOpenRouter |
            LegacyWebSearchServerTool | McpServerTool | NamespaceTool | Preview20250311WebSearchServerTool |
            PreviewWebSearchServerTool | SearchModelsServerToolOpenRouter | ShellServerTool | ShellServerToolOpenRouter |
            SubagentServerToolOpenRouter | ToolSearchServerTool | WebFetchServerTool | WebSearchServerTool |
            WebSearchServerToolOpenRouter]):
        type_ (AdditionalToolsItemType):
        id (None | str | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if (
                isinstance(tools_item_data, AdditionalToolsItemToolsItemType0)
                or isinstance(tools_item_data, PreviewWebSearchServerTool)
                or isinstance(tools_item_data, Preview20250311WebSearchServerTool)
                or isinstance(tools_item_data, LegacyWebSearchServerTool)
                or isinstance(tools_item_data, WebSearchServerTool)
                or isinstance(tools_item_data, FileSearchServerTool)
                or isinstance(tools_item_data, ComputerUseServerTool)
                or isinstance(tools_item_data, CodeInterpreterServerTool)
                or isinstance(tools_item_data, McpServerTool)
                or isinstance(tools_item_data, ImageGenerationServerTool)
                or isinstance(tools_item_data, CodexLocalShellTool)
                or isinstance(tools_item_data, ShellServerTool)
                or isinstance(tools_item_data, ApplyPatchServerTool)
                or isinstance(tools_item_data, CustomTool)
                or isinstance(tools_item_data, NamespaceTool)
                or isinstance(tools_item_data, AdvisorServerToolOpenRouter)
                or isinstance(tools_item_data, SubagentServerToolOpenRouter)
                or isinstance(tools_item_data, DatetimeServerTool)
                or isinstance(tools_item_data, FilesServerTool)
                or isinstance(tools_item_data, FusionServerToolOpenRouter)
                or isinstance(tools_item_data, ImageGenerationServerToolOpenRouter)
                or isinstance(tools_item_data, SearchModelsServerToolOpenRouter)
                or isinstance(tools_item_data, WebFetchServerTool)
                or isinstance(tools_item_data, WebSearchServerToolOpenRouter)
                or isinstance(tools_item_data, ApplyPatchServerToolOpenRouter)
                or isinstance(tools_item_data, BashServerTool)
                or isinstance(tools_item_data, ShellServerToolOpenRouter)
                or isinstance(tools_item_data, ToolSearchServerTool)
            ):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "role": self.role,
            "tools": tools,
            "type": self.type_,
        }
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = check_additional_tools_item_role(d.pop("role"))

            _at_field_ = "tools"
            tools = []
            _tools = d.pop("tools")
            for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                try:
                    tools_item = tools_item_data

                    def _tools_item_member_0(
                        data: object,
                    ) -> AdditionalToolsItemToolsItemType0:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = AdditionalToolsItemToolsItemType0.from_dict(
                            data
                        )

                        return tools_item_type_0

                    def _tools_item_member_1(
                        data: object,
                    ) -> PreviewWebSearchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

                        return tools_item_type_1

                    def _tools_item_member_2(
                        data: object,
                    ) -> Preview20250311WebSearchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_2 = (
                            Preview20250311WebSearchServerTool.from_dict(data)
                        )

                        return tools_item_type_2

                    def _tools_item_member_3(data: object) -> LegacyWebSearchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

                        return tools_item_type_3

                    def _tools_item_member_4(data: object) -> WebSearchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_4 = WebSearchServerTool.from_dict(data)

                        return tools_item_type_4

                    def _tools_item_member_5(data: object) -> FileSearchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_5 = FileSearchServerTool.from_dict(data)

                        return tools_item_type_5

                    def _tools_item_member_6(data: object) -> ComputerUseServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

                        return tools_item_type_6

                    def _tools_item_member_7(data: object) -> CodeInterpreterServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

                        return tools_item_type_7

                    def _tools_item_member_8(data: object) -> McpServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_8 = McpServerTool.from_dict(data)

                        return tools_item_type_8

                    def _tools_item_member_9(data: object) -> ImageGenerationServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

                        return tools_item_type_9

                    def _tools_item_member_10(data: object) -> CodexLocalShellTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

                        return tools_item_type_10

                    def _tools_item_member_11(data: object) -> ShellServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_11 = ShellServerTool.from_dict(data)

                        return tools_item_type_11

                    def _tools_item_member_12(data: object) -> ApplyPatchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

                        return tools_item_type_12

                    def _tools_item_member_13(data: object) -> CustomTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_13 = CustomTool.from_dict(data)

                        return tools_item_type_13

                    def _tools_item_member_14(data: object) -> NamespaceTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_14 = NamespaceTool.from_dict(data)

                        return tools_item_type_14

                    def _tools_item_member_15(
                        data: object,
                    ) -> AdvisorServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

                        return tools_item_type_15

                    def _tools_item_member_16(
                        data: object,
                    ) -> SubagentServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_16

                    def _tools_item_member_17(data: object) -> DatetimeServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_17 = DatetimeServerTool.from_dict(data)

                        return tools_item_type_17

                    def _tools_item_member_18(data: object) -> FilesServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_18 = FilesServerTool.from_dict(data)

                        return tools_item_type_18

                    def _tools_item_member_19(
                        data: object,
                    ) -> FusionServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

                        return tools_item_type_19

                    def _tools_item_member_20(
                        data: object,
                    ) -> ImageGenerationServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_20 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return tools_item_type_20

                    def _tools_item_member_21(
                        data: object,
                    ) -> SearchModelsServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_21

                    def _tools_item_member_22(data: object) -> WebFetchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_22 = WebFetchServerTool.from_dict(data)

                        return tools_item_type_22

                    def _tools_item_member_23(
                        data: object,
                    ) -> WebSearchServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_23

                    def _tools_item_member_24(
                        data: object,
                    ) -> ApplyPatchServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_24

                    def _tools_item_member_25(data: object) -> BashServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_25 = BashServerTool.from_dict(data)

                        return tools_item_type_25

                    def _tools_item_member_26(
                        data: object,
                    ) -> ShellServerToolOpenRouter:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

                        return tools_item_type_26

                    def _tools_item_member_27(data: object) -> ToolSearchServerTool:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_27 = ToolSearchServerTool.from_dict(data)

                        return tools_item_type_27

                    def _tools_item_member_28(
                        data: object,
                    ) -> AdditionalToolsItemToolsItemType28:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_28 = (
                            AdditionalToolsItemToolsItemType28.from_dict(data)
                        )

                        return tools_item_type_28

                    tools_item = _parse_union(
                        tools_item,
                        (
                            ("AdditionalToolsItemToolsItemType0", _tools_item_member_0),
                            ("PreviewWebSearchServerTool", _tools_item_member_1),
                            (
                                "Preview20250311WebSearchServerTool",
                                _tools_item_member_2,
                            ),
                            ("LegacyWebSearchServerTool", _tools_item_member_3),
                            ("WebSearchServerTool", _tools_item_member_4),
                            ("FileSearchServerTool", _tools_item_member_5),
                            ("ComputerUseServerTool", _tools_item_member_6),
                            ("CodeInterpreterServerTool", _tools_item_member_7),
                            ("McpServerTool", _tools_item_member_8),
                            ("ImageGenerationServerTool", _tools_item_member_9),
                            ("CodexLocalShellTool", _tools_item_member_10),
                            ("ShellServerTool", _tools_item_member_11),
                            ("ApplyPatchServerTool", _tools_item_member_12),
                            ("CustomTool", _tools_item_member_13),
                            ("NamespaceTool", _tools_item_member_14),
                            ("AdvisorServerToolOpenRouter", _tools_item_member_15),
                            ("SubagentServerToolOpenRouter", _tools_item_member_16),
                            ("DatetimeServerTool", _tools_item_member_17),
                            ("FilesServerTool", _tools_item_member_18),
                            ("FusionServerToolOpenRouter", _tools_item_member_19),
                            (
                                "ImageGenerationServerToolOpenRouter",
                                _tools_item_member_20,
                            ),
                            ("SearchModelsServerToolOpenRouter", _tools_item_member_21),
                            ("WebFetchServerTool", _tools_item_member_22),
                            ("WebSearchServerToolOpenRouter", _tools_item_member_23),
                            ("ApplyPatchServerToolOpenRouter", _tools_item_member_24),
                            ("BashServerTool", _tools_item_member_25),
                            ("ShellServerToolOpenRouter", _tools_item_member_26),
                            ("ToolSearchServerTool", _tools_item_member_27),
                            (
                                "AdditionalToolsItemToolsItemType28",
                                _tools_item_member_28,
                            ),
                        ),
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _tools_item_data_index)
                tools.append(tools_item)

            _at_field_ = "type"
            type_ = check_additional_tools_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, type(None), Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, type(None)),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        additional_tools_item = cls(
            role=role,
            tools=tools,
            type_=type_,
            id=id,
        )

        additional_tools_item.additional_properties = d
        return additional_tools_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AdditionalToolsItemToolsItemType0 = _LazyModel(
        globals(),
        "modelgates_api.models.additional_tools_item_tools_item_type_0",
        "AdditionalToolsItemToolsItemType0",
    )
    AdditionalToolsItemToolsItemType28 = _LazyModel(
        globals(),
        "modelgates_api.models.additional_tools_item_tools_item_type_28",
        "AdditionalToolsItemToolsItemType28",
    )
    AdvisorServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.advisor_server_tool_open_router",
        "AdvisorServerToolOpenRouter",
    )
    ApplyPatchServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.apply_patch_server_tool",
        "ApplyPatchServerTool",
    )
    ApplyPatchServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.apply_patch_server_tool_open_router",
        "ApplyPatchServerToolOpenRouter",
    )
    BashServerTool = _LazyModel(
        globals(), "modelgates_api.models.bash_server_tool", "BashServerTool"
    )
    CodeInterpreterServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_server_tool",
        "CodeInterpreterServerTool",
    )
    CodexLocalShellTool = _LazyModel(
        globals(), "modelgates_api.models.codex_local_shell_tool", "CodexLocalShellTool"
    )
    ComputerUseServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.computer_use_server_tool",
        "ComputerUseServerTool",
    )
    CustomTool = _LazyModel(
        globals(), "modelgates_api.models.custom_tool", "CustomTool"
    )
    DatetimeServerTool = _LazyModel(
        globals(), "modelgates_api.models.datetime_server_tool", "DatetimeServerTool"
    )
    FileSearchServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.file_search_server_tool",
        "FileSearchServerTool",
    )
    FilesServerTool = _LazyModel(
        globals(), "modelgates_api.models.files_server_tool", "FilesServerTool"
    )
    FusionServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_server_tool_open_router",
        "FusionServerToolOpenRouter",
    )
    ImageGenerationServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_server_tool",
        "ImageGenerationServerTool",
    )
    ImageGenerationServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    )
    LegacyWebSearchServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.legacy_web_search_server_tool",
        "LegacyWebSearchServerTool",
    )
    McpServerTool = _LazyModel(
        globals(), "modelgates_api.models.mcp_server_tool", "McpServerTool"
    )
    NamespaceTool = _LazyModel(
        globals(), "modelgates_api.models.namespace_tool", "NamespaceTool"
    )
    Preview20250311WebSearchServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.preview_20250311_web_search_server_tool",
        "Preview20250311WebSearchServerTool",
    )
    PreviewWebSearchServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.preview_web_search_server_tool",
        "PreviewWebSearchServerTool",
    )
    SearchModelsServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.search_models_server_tool_open_router",
        "SearchModelsServerToolOpenRouter",
    )
    ShellServerTool = _LazyModel(
        globals(), "modelgates_api.models.shell_server_tool", "ShellServerTool"
    )
    ShellServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.shell_server_tool_open_router",
        "ShellServerToolOpenRouter",
    )
    SubagentServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.subagent_server_tool_open_router",
        "SubagentServerToolOpenRouter",
    )
    ToolSearchServerTool = _LazyModel(
        globals(),
        "modelgates_api.models.tool_search_server_tool",
        "ToolSearchServerTool",
    )
    WebFetchServerTool = _LazyModel(
        globals(), "modelgates_api.models.web_fetch_server_tool", "WebFetchServerTool"
    )
    WebSearchServerTool = _LazyModel(
        globals(), "modelgates_api.models.web_search_server_tool", "WebSearchServerTool"
    )
    WebSearchServerToolOpenRouter = _LazyModel(
        globals(),
        "modelgates_api.models.web_search_server_tool_open_router",
        "WebSearchServerToolOpenRouter",
    )
