from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.stream_events_response_output_item_added_type import (
    StreamEventsResponseOutputItemAddedType,
    check_stream_events_response_output_item_added_type,
)

if TYPE_CHECKING:
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


T = TypeVar("T", bound="StreamEventsResponseOutputItemAdded")


@_attrs_define
class StreamEventsResponseOutputItemAdded:
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
        from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
        from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
        from ..models.output_apply_patch_server_tool_item import (
            OutputApplyPatchServerToolItem,
        )
        from ..models.output_bash_server_tool_item import OutputBashServerToolItem
        from ..models.output_browser_use_server_tool_item import (
            OutputBrowserUseServerToolItem,
        )
        from ..models.output_code_interpreter_call_item import (
            OutputCodeInterpreterCallItem,
        )
        from ..models.output_code_interpreter_server_tool_item import (
            OutputCodeInterpreterServerToolItem,
        )
        from ..models.output_computer_call_item import OutputComputerCallItem
        from ..models.output_datetime_item import OutputDatetimeItem
        from ..models.output_file_search_call_item import OutputFileSearchCallItem
        from ..models.output_file_search_server_tool_item import (
            OutputFileSearchServerToolItem,
        )
        from ..models.output_files_server_tool_item import OutputFilesServerToolItem
        from ..models.output_function_call_item import OutputFunctionCallItem
        from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
        from ..models.output_image_generation_call_item import (
            OutputImageGenerationCallItem,
        )
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
        from ..models.output_subagent_server_tool_item import (
            OutputSubagentServerToolItem,
        )
        from ..models.output_text_editor_server_tool_item import (
            OutputTextEditorServerToolItem,
        )
        from ..models.output_tool_search_server_tool_item import (
            OutputToolSearchServerToolItem,
        )
        from ..models.output_web_fetch_server_tool_item import (
            OutputWebFetchServerToolItem,
        )
        from ..models.output_web_search_call_item import OutputWebSearchCallItem
        from ..models.output_web_search_server_tool_item import (
            OutputWebSearchServerToolItem,
        )

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

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
        from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
        from ..models.output_apply_patch_server_tool_item import (
            OutputApplyPatchServerToolItem,
        )
        from ..models.output_bash_server_tool_item import OutputBashServerToolItem
        from ..models.output_browser_use_server_tool_item import (
            OutputBrowserUseServerToolItem,
        )
        from ..models.output_code_interpreter_call_item import (
            OutputCodeInterpreterCallItem,
        )
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
        from ..models.output_image_generation_call_item import (
            OutputImageGenerationCallItem,
        )
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
        from ..models.output_subagent_server_tool_item import (
            OutputSubagentServerToolItem,
        )
        from ..models.output_text_editor_server_tool_item import (
            OutputTextEditorServerToolItem,
        )
        from ..models.output_tool_search_server_tool_item import (
            OutputToolSearchServerToolItem,
        )
        from ..models.output_web_fetch_server_tool_item import (
            OutputWebFetchServerToolItem,
        )
        from ..models.output_web_search_call_item import OutputWebSearchCallItem
        from ..models.output_web_search_server_tool_item import (
            OutputWebSearchServerToolItem,
        )

        d = dict(src_dict)

        def _parse_item(
            data: object,
        ) -> (
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
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_0 = OutputMessageItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_1 = OutputReasoningItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_2 = (
                    OutputFunctionCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_3 = (
                    OutputWebSearchCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_4 = (
                    OutputFileSearchCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_5 = (
                    OutputImageGenerationCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_6 = (
                    OutputCodeInterpreterCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_7 = (
                    OutputComputerCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_8 = OutputDatetimeItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_9 = (
                    OutputWebSearchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_10 = (
                    OutputCodeInterpreterServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_11 = (
                    OutputFileSearchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_12 = (
                    OutputImageGenerationServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_13 = (
                    OutputBrowserUseServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_14 = (
                    OutputBashServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_15 = (
                    OutputTextEditorServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_16 = (
                    OutputApplyPatchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_17 = (
                    OutputApplyPatchCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_18 = OutputShellCallItem.from_dict(
                    data
                )

                return componentsschemas_output_items_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_19 = (
                    OutputShellCallOutputItem.from_dict(data)
                )

                return componentsschemas_output_items_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_20 = (
                    OutputShellServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_21 = (
                    OutputWebFetchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_22 = (
                    OutputToolSearchServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_23 = (
                    OutputMemoryServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_24 = (
                    OutputMcpServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_25 = (
                    OutputSearchModelsServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_26 = (
                    OutputFusionServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_27 = (
                    OutputAdvisorServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_28 = (
                    OutputSubagentServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_29 = (
                    OutputFilesServerToolItem.from_dict(data)
                )

                return componentsschemas_output_items_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_output_items_type_30 = OutputCustomToolCallItem.from_dict(
                data
            )

            return componentsschemas_output_items_type_30

        item = _parse_item(d.pop("item"))

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = check_stream_events_response_output_item_added_type(d.pop("type"))

        stream_events_response_output_item_added = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        stream_events_response_output_item_added.additional_properties = d
        return stream_events_response_output_item_added

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
