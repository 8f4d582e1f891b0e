from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stream_events_response_output_item_added_type import (
    StreamEventsResponseOutputItemAddedType,
    check_stream_events_response_output_item_added_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
    from ..models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message_item import OutputMessageItem
    from ..models.output_reasoning_item import OutputReasoningItem
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from ..models.output_shell_call_item import OutputShellCallItem
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem
else:
    OutputAdvisorServerToolItem = _LazyModel(
        globals(), "output_advisor_server_tool_item", "OutputAdvisorServerToolItem"
    )
    OutputApplyPatchCallItem = _LazyModel(globals(), "output_apply_patch_call_item", "OutputApplyPatchCallItem")
    OutputApplyPatchServerToolItem = _LazyModel(
        globals(), "output_apply_patch_server_tool_item", "OutputApplyPatchServerToolItem"
    )
    OutputBashServerToolItem = _LazyModel(globals(), "output_bash_server_tool_item", "OutputBashServerToolItem")
    OutputBrowserUseServerToolItem = _LazyModel(
        globals(), "output_browser_use_server_tool_item", "OutputBrowserUseServerToolItem"
    )
    OutputCodeInterpreterCallItem = _LazyModel(
        globals(), "output_code_interpreter_call_item", "OutputCodeInterpreterCallItem"
    )
    OutputCodeInterpreterServerToolItem = _LazyModel(
        globals(), "output_code_interpreter_server_tool_item", "OutputCodeInterpreterServerToolItem"
    )
    OutputComputerCallItem = _LazyModel(globals(), "output_computer_call_item", "OutputComputerCallItem")
    OutputCustomToolCallItem = _LazyModel(globals(), "output_custom_tool_call_item", "OutputCustomToolCallItem")
    OutputDatetimeItem = _LazyModel(globals(), "output_datetime_item", "OutputDatetimeItem")
    OutputFileSearchCallItem = _LazyModel(globals(), "output_file_search_call_item", "OutputFileSearchCallItem")
    OutputFileSearchServerToolItem = _LazyModel(
        globals(), "output_file_search_server_tool_item", "OutputFileSearchServerToolItem"
    )
    OutputFilesServerToolItem = _LazyModel(globals(), "output_files_server_tool_item", "OutputFilesServerToolItem")
    OutputFunctionCallItem = _LazyModel(globals(), "output_function_call_item", "OutputFunctionCallItem")
    OutputFusionServerToolItem = _LazyModel(globals(), "output_fusion_server_tool_item", "OutputFusionServerToolItem")
    OutputImageGenerationCallItem = _LazyModel(
        globals(), "output_image_generation_call_item", "OutputImageGenerationCallItem"
    )
    OutputImageGenerationServerToolItem = _LazyModel(
        globals(), "output_image_generation_server_tool_item", "OutputImageGenerationServerToolItem"
    )
    OutputMcpServerToolItem = _LazyModel(globals(), "output_mcp_server_tool_item", "OutputMcpServerToolItem")
    OutputMemoryServerToolItem = _LazyModel(globals(), "output_memory_server_tool_item", "OutputMemoryServerToolItem")
    OutputMessageItem = _LazyModel(globals(), "output_message_item", "OutputMessageItem")
    OutputReasoningItem = _LazyModel(globals(), "output_reasoning_item", "OutputReasoningItem")
    OutputSearchModelsServerToolItem = _LazyModel(
        globals(), "output_search_models_server_tool_item", "OutputSearchModelsServerToolItem"
    )
    OutputShellCallItem = _LazyModel(globals(), "output_shell_call_item", "OutputShellCallItem")
    OutputShellCallOutputItem = _LazyModel(globals(), "output_shell_call_output_item", "OutputShellCallOutputItem")
    OutputShellServerToolItem = _LazyModel(globals(), "output_shell_server_tool_item", "OutputShellServerToolItem")
    OutputSubagentServerToolItem = _LazyModel(
        globals(), "output_subagent_server_tool_item", "OutputSubagentServerToolItem"
    )
    OutputTextEditorServerToolItem = _LazyModel(
        globals(), "output_text_editor_server_tool_item", "OutputTextEditorServerToolItem"
    )
    OutputToolSearchServerToolItem = _LazyModel(
        globals(), "output_tool_search_server_tool_item", "OutputToolSearchServerToolItem"
    )
    OutputWebFetchServerToolItem = _LazyModel(
        globals(), "output_web_fetch_server_tool_item", "OutputWebFetchServerToolItem"
    )
    OutputWebSearchCallItem = _LazyModel(globals(), "output_web_search_call_item", "OutputWebSearchCallItem")
    OutputWebSearchServerToolItem = _LazyModel(
        globals(), "output_web_search_server_tool_item", "OutputWebSearchServerToolItem"
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

    _required_ = (
        (
            "item",
            _union_field(
                (
                    ("OutputMessageItem", OutputMessageItem),
                    ("OutputReasoningItem", OutputReasoningItem),
                    ("OutputFunctionCallItem", OutputFunctionCallItem),
                    ("OutputWebSearchCallItem", OutputWebSearchCallItem),
                    ("OutputFileSearchCallItem", OutputFileSearchCallItem),
                    ("OutputImageGenerationCallItem", OutputImageGenerationCallItem),
                    ("OutputCodeInterpreterCallItem", OutputCodeInterpreterCallItem),
                    ("OutputComputerCallItem", OutputComputerCallItem),
                    ("OutputDatetimeItem", OutputDatetimeItem),
                    ("OutputWebSearchServerToolItem", OutputWebSearchServerToolItem),
                    ("OutputCodeInterpreterServerToolItem", OutputCodeInterpreterServerToolItem),
                    ("OutputFileSearchServerToolItem", OutputFileSearchServerToolItem),
                    ("OutputImageGenerationServerToolItem", OutputImageGenerationServerToolItem),
                    ("OutputBrowserUseServerToolItem", OutputBrowserUseServerToolItem),
                    ("OutputBashServerToolItem", OutputBashServerToolItem),
                    ("OutputTextEditorServerToolItem", OutputTextEditorServerToolItem),
                    ("OutputApplyPatchServerToolItem", OutputApplyPatchServerToolItem),
                    ("OutputApplyPatchCallItem", OutputApplyPatchCallItem),
                    ("OutputShellCallItem", OutputShellCallItem),
                    ("OutputShellCallOutputItem", OutputShellCallOutputItem),
                    ("OutputShellServerToolItem", OutputShellServerToolItem),
                    ("OutputWebFetchServerToolItem", OutputWebFetchServerToolItem),
                    ("OutputToolSearchServerToolItem", OutputToolSearchServerToolItem),
                    ("OutputMemoryServerToolItem", OutputMemoryServerToolItem),
                    ("OutputMcpServerToolItem", OutputMcpServerToolItem),
                    ("OutputSearchModelsServerToolItem", OutputSearchModelsServerToolItem),
                    ("OutputFusionServerToolItem", OutputFusionServerToolItem),
                    ("OutputAdvisorServerToolItem", OutputAdvisorServerToolItem),
                    ("OutputSubagentServerToolItem", OutputSubagentServerToolItem),
                    ("OutputFilesServerToolItem", OutputFilesServerToolItem),
                    ("OutputCustomToolCallItem", OutputCustomToolCallItem),
                ),
                tag=(
                    "type",
                    (
                        "message",
                        "reasoning",
                        "function_call",
                        "web_search_call",
                        "file_search_call",
                        "image_generation_call",
                        "code_interpreter_call",
                        "computer_call",
                        "openrouter:datetime",
                        "openrouter:web_search",
                        "openrouter:code_interpreter",
                        "openrouter:file_search",
                        "openrouter:image_generation",
                        "openrouter:browser_use",
                        "openrouter:bash",
                        "openrouter:text_editor",
                        "openrouter:apply_patch",
                        "apply_patch_call",
                        "shell_call",
                        "shell_call_output",
                        "openrouter:shell",
                        "openrouter:web_fetch",
                        "openrouter:tool_search",
                        "openrouter:memory",
                        "openrouter:mcp",
                        "openrouter:experimental__search_models",
                        "openrouter:fusion",
                        "openrouter:advisor",
                        "openrouter:subagent",
                        "openrouter:files",
                        "custom_tool_call",
                    ),
                ),
            ),
        ),
        "output_index",
        "sequence_number",
        ("type", check_stream_events_response_output_item_added_type, "type_"),
    )
