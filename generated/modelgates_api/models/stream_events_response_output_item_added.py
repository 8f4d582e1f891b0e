from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_events_response_output_item_added_type import (
    StreamEventsResponseOutputItemAddedType,
    check_stream_events_response_output_item_added_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
    from ..models.output_apply_patch_server_tool_item import (
        OutputApplyPatchServerToolItem,
    )
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import (
        OutputBrowserUseServerToolItem,
    )
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItem,
    )
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import (
        OutputFileSearchServerToolItem,
    )
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItem,
    )
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message_item import OutputMessageItem
    from ..models.output_reasoning_item import OutputReasoningItem
    from ..models.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItem,
    )
    from ..models.output_shell_call_item import OutputShellCallItem
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import (
        OutputTextEditorServerToolItem,
    )
    from ..models.output_tool_search_server_tool_item import (
        OutputToolSearchServerToolItem,
    )
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import (
        OutputWebSearchServerToolItem,
    )


@_attrs_define(repr=False, eq=False)
class StreamEventsResponseOutputItemAdded(_ModelBase):
    """Event emitted when a new output item is added to the response

    Example:
        {'item': {'content': [], 'id': 'item-1', 'role': 'assistant', 'status': 'in_progress', 'type': 'message'},
            'output_index': 0, 'sequence_number': 2, 'type': 'response.output_item.added'}

    Attributes:
        item (OutputAdvisorServerToolItem | OutputApplyPatchCallItem | OutputApplyPatchServerToolItem |
            OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem |
            OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem |
            OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem |
            OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem |
            OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputMessageItem | OutputReasoningItem |
            OutputSearchModelsServerToolItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem |
            OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem |
            OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem): An output item from the
            response Example: {'content': [{'text': 'Hello! How can I help you today?', 'type': 'output_text'}], 'id': 'msg-
            abc123', 'role': 'assistant', 'status': 'completed', 'type': 'message'}.
        output_index (int):
        sequence_number (int):
        type_ (StreamEventsResponseOutputItemAddedType):
    """

    item: (
        OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
        | OutputApplyPatchServerToolItem
        | OutputBashServerToolItem
        | OutputBrowserUseServerToolItem
        | OutputCodeInterpreterCallItem
        | OutputCodeInterpreterServerToolItem
        | OutputComputerCallItem
        | OutputCustomToolCallItem
        | OutputDatetimeItem
        | OutputFileSearchCallItem
        | OutputFileSearchServerToolItem
        | OutputFilesServerToolItem
        | OutputFunctionCallItem
        | OutputFusionServerToolItem
        | OutputImageGenerationCallItem
        | OutputImageGenerationServerToolItem
        | OutputMcpServerToolItem
        | OutputMemoryServerToolItem
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
    )
    output_index: int
    sequence_number: int
    type_: StreamEventsResponseOutputItemAddedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item: dict[str, Any]
        if (
            isinstance(self.item, OutputMessageItem)
            or isinstance(self.item, OutputReasoningItem)
            or isinstance(self.item, OutputFunctionCallItem)
            or isinstance(self.item, OutputWebSearchCallItem)
            or isinstance(self.item, OutputFileSearchCallItem)
            or isinstance(self.item, OutputImageGenerationCallItem)
            or isinstance(self.item, OutputCodeInterpreterCallItem)
            or isinstance(self.item, OutputComputerCallItem)
            or isinstance(self.item, OutputDatetimeItem)
            or isinstance(self.item, OutputWebSearchServerToolItem)
            or isinstance(self.item, OutputCodeInterpreterServerToolItem)
            or isinstance(self.item, OutputFileSearchServerToolItem)
            or isinstance(self.item, OutputImageGenerationServerToolItem)
            or isinstance(self.item, OutputBrowserUseServerToolItem)
            or isinstance(self.item, OutputBashServerToolItem)
            or isinstance(self.item, OutputTextEditorServerToolItem)
            or isinstance(self.item, OutputApplyPatchServerToolItem)
            or isinstance(self.item, OutputApplyPatchCallItem)
            or isinstance(self.item, OutputShellCallItem)
            or isinstance(self.item, OutputShellCallOutputItem)
            or isinstance(self.item, OutputShellServerToolItem)
            or isinstance(self.item, OutputWebFetchServerToolItem)
            or isinstance(self.item, OutputToolSearchServerToolItem)
            or isinstance(self.item, OutputMemoryServerToolItem)
            or isinstance(self.item, OutputMcpServerToolItem)
            or isinstance(self.item, OutputSearchModelsServerToolItem)
            or isinstance(self.item, OutputFusionServerToolItem)
            or isinstance(self.item, OutputAdvisorServerToolItem)
            or isinstance(self.item, OutputSubagentServerToolItem)
            or isinstance(self.item, OutputFilesServerToolItem)
        ):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "item": item,
            "output_index": self.output_index,
            "sequence_number": self.sequence_number,
            "type": self.type_,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "item"
            item = d.pop("item")

            def _item_member_0(data: object) -> OutputMessageItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_0 = OutputMessageItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_0

            def _item_member_1(data: object) -> OutputReasoningItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_1 = OutputReasoningItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_1

            def _item_member_2(data: object) -> OutputFunctionCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_2 = (
                    OutputFunctionCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_2

            def _item_member_3(data: object) -> OutputWebSearchCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_3 = (
                    OutputWebSearchCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_3

            def _item_member_4(data: object) -> OutputFileSearchCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_4 = (
                    OutputFileSearchCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_4

            def _item_member_5(data: object) -> OutputImageGenerationCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_5 = (
                    OutputImageGenerationCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_5

            def _item_member_6(data: object) -> OutputCodeInterpreterCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_6 = (
                    OutputCodeInterpreterCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_6

            def _item_member_7(data: object) -> OutputComputerCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_7 = (
                    OutputComputerCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_7

            def _item_member_8(data: object) -> OutputDatetimeItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_8 = OutputDatetimeItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_8

            def _item_member_9(data: object) -> OutputWebSearchServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_9 = (
                    OutputWebSearchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_9

            def _item_member_10(data: object) -> OutputCodeInterpreterServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_10 = (
                    OutputCodeInterpreterServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_10

            def _item_member_11(data: object) -> OutputFileSearchServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_11 = (
                    OutputFileSearchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_11

            def _item_member_12(data: object) -> OutputImageGenerationServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_12 = (
                    OutputImageGenerationServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_12

            def _item_member_13(data: object) -> OutputBrowserUseServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_13 = (
                    OutputBrowserUseServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_13

            def _item_member_14(data: object) -> OutputBashServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_14 = (
                    OutputBashServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_14

            def _item_member_15(data: object) -> OutputTextEditorServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_15 = (
                    OutputTextEditorServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_15

            def _item_member_16(data: object) -> OutputApplyPatchServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_16 = (
                    OutputApplyPatchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_16

            def _item_member_17(data: object) -> OutputApplyPatchCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_17 = (
                    OutputApplyPatchCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_17

            def _item_member_18(data: object) -> OutputShellCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_18 = OutputShellCallItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_18

            def _item_member_19(data: object) -> OutputShellCallOutputItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_19 = (
                    OutputShellCallOutputItem.from_dict(data)
                )

                return componentsschemas_output_items_type_19

            def _item_member_20(data: object) -> OutputShellServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_20 = (
                    OutputShellServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_20

            def _item_member_21(data: object) -> OutputWebFetchServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_21 = (
                    OutputWebFetchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_21

            def _item_member_22(data: object) -> OutputToolSearchServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_22 = (
                    OutputToolSearchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_22

            def _item_member_23(data: object) -> OutputMemoryServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_23 = (
                    OutputMemoryServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_23

            def _item_member_24(data: object) -> OutputMcpServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_24 = (
                    OutputMcpServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_24

            def _item_member_25(data: object) -> OutputSearchModelsServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_25 = (
                    OutputSearchModelsServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_25

            def _item_member_26(data: object) -> OutputFusionServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_26 = (
                    OutputFusionServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_26

            def _item_member_27(data: object) -> OutputAdvisorServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_27 = (
                    OutputAdvisorServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_27

            def _item_member_28(data: object) -> OutputSubagentServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_28 = (
                    OutputSubagentServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_28

            def _item_member_29(data: object) -> OutputFilesServerToolItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_29 = (
                    OutputFilesServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_29

            def _item_member_30(data: object) -> OutputCustomToolCallItem:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_30 = (
                    OutputCustomToolCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_30

            item = _parse_union(
                item,
                (
                    ("OutputMessageItem", _item_member_0),
                    ("OutputReasoningItem", _item_member_1),
                    ("OutputFunctionCallItem", _item_member_2),
                    ("OutputWebSearchCallItem", _item_member_3),
                    ("OutputFileSearchCallItem", _item_member_4),
                    ("OutputImageGenerationCallItem", _item_member_5),
                    ("OutputCodeInterpreterCallItem", _item_member_6),
                    ("OutputComputerCallItem", _item_member_7),
                    ("OutputDatetimeItem", _item_member_8),
                    ("OutputWebSearchServerToolItem", _item_member_9),
                    ("OutputCodeInterpreterServerToolItem", _item_member_10),
                    ("OutputFileSearchServerToolItem", _item_member_11),
                    ("OutputImageGenerationServerToolItem", _item_member_12),
                    ("OutputBrowserUseServerToolItem", _item_member_13),
                    ("OutputBashServerToolItem", _item_member_14),
                    ("OutputTextEditorServerToolItem", _item_member_15),
                    ("OutputApplyPatchServerToolItem", _item_member_16),
                    ("OutputApplyPatchCallItem", _item_member_17),
                    ("OutputShellCallItem", _item_member_18),
                    ("OutputShellCallOutputItem", _item_member_19),
                    ("OutputShellServerToolItem", _item_member_20),
                    ("OutputWebFetchServerToolItem", _item_member_21),
                    ("OutputToolSearchServerToolItem", _item_member_22),
                    ("OutputMemoryServerToolItem", _item_member_23),
                    ("OutputMcpServerToolItem", _item_member_24),
                    ("OutputSearchModelsServerToolItem", _item_member_25),
                    ("OutputFusionServerToolItem", _item_member_26),
                    ("OutputAdvisorServerToolItem", _item_member_27),
                    ("OutputSubagentServerToolItem", _item_member_28),
                    ("OutputFilesServerToolItem", _item_member_29),
                    ("OutputCustomToolCallItem", _item_member_30),
                ),
            )

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_stream_events_response_output_item_added_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stream_events_response_output_item_added = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        stream_events_response_output_item_added.additional_properties = d
        return stream_events_response_output_item_added


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputAdvisorServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_advisor_server_tool_item",
        "OutputAdvisorServerToolItem",
    )
    OutputApplyPatchCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_apply_patch_call_item",
        "OutputApplyPatchCallItem",
    )
    OutputApplyPatchServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_apply_patch_server_tool_item",
        "OutputApplyPatchServerToolItem",
    )
    OutputBashServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_bash_server_tool_item",
        "OutputBashServerToolItem",
    )
    OutputBrowserUseServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_browser_use_server_tool_item",
        "OutputBrowserUseServerToolItem",
    )
    OutputCodeInterpreterCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_code_interpreter_call_item",
        "OutputCodeInterpreterCallItem",
    )
    OutputCodeInterpreterServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_code_interpreter_server_tool_item",
        "OutputCodeInterpreterServerToolItem",
    )
    OutputComputerCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_computer_call_item",
        "OutputComputerCallItem",
    )
    OutputCustomToolCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_custom_tool_call_item",
        "OutputCustomToolCallItem",
    )
    OutputDatetimeItem = _LazyModel(
        globals(), "modelgates_api.models.output_datetime_item", "OutputDatetimeItem"
    )
    OutputFileSearchCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_file_search_call_item",
        "OutputFileSearchCallItem",
    )
    OutputFileSearchServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_file_search_server_tool_item",
        "OutputFileSearchServerToolItem",
    )
    OutputFilesServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_files_server_tool_item",
        "OutputFilesServerToolItem",
    )
    OutputFunctionCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_function_call_item",
        "OutputFunctionCallItem",
    )
    OutputFusionServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_fusion_server_tool_item",
        "OutputFusionServerToolItem",
    )
    OutputImageGenerationCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_image_generation_call_item",
        "OutputImageGenerationCallItem",
    )
    OutputImageGenerationServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_image_generation_server_tool_item",
        "OutputImageGenerationServerToolItem",
    )
    OutputMcpServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_mcp_server_tool_item",
        "OutputMcpServerToolItem",
    )
    OutputMemoryServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_memory_server_tool_item",
        "OutputMemoryServerToolItem",
    )
    OutputMessageItem = _LazyModel(
        globals(), "modelgates_api.models.output_message_item", "OutputMessageItem"
    )
    OutputReasoningItem = _LazyModel(
        globals(), "modelgates_api.models.output_reasoning_item", "OutputReasoningItem"
    )
    OutputSearchModelsServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_search_models_server_tool_item",
        "OutputSearchModelsServerToolItem",
    )
    OutputShellCallItem = _LazyModel(
        globals(), "modelgates_api.models.output_shell_call_item", "OutputShellCallItem"
    )
    OutputShellCallOutputItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_shell_call_output_item",
        "OutputShellCallOutputItem",
    )
    OutputShellServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_shell_server_tool_item",
        "OutputShellServerToolItem",
    )
    OutputSubagentServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_subagent_server_tool_item",
        "OutputSubagentServerToolItem",
    )
    OutputTextEditorServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_text_editor_server_tool_item",
        "OutputTextEditorServerToolItem",
    )
    OutputToolSearchServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_tool_search_server_tool_item",
        "OutputToolSearchServerToolItem",
    )
    OutputWebFetchServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_web_fetch_server_tool_item",
        "OutputWebFetchServerToolItem",
    )
    OutputWebSearchCallItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_web_search_call_item",
        "OutputWebSearchCallItem",
    )
    OutputWebSearchServerToolItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_web_search_server_tool_item",
        "OutputWebSearchServerToolItem",
    )
