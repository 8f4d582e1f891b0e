from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_item_done_event_type import OutputItemDoneEventType, check_output_item_done_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage
else:
    OutputItemApplyPatchCall = _LazyModel(globals(), "output_item_apply_patch_call", "OutputItemApplyPatchCall")
    OutputItemCodeInterpreterCall = _LazyModel(
        globals(), "output_item_code_interpreter_call", "OutputItemCodeInterpreterCall"
    )
    OutputItemCustomToolCall = _LazyModel(globals(), "output_item_custom_tool_call", "OutputItemCustomToolCall")
    OutputItemFileSearchCall = _LazyModel(globals(), "output_item_file_search_call", "OutputItemFileSearchCall")
    OutputItemFunctionCall = _LazyModel(globals(), "output_item_function_call", "OutputItemFunctionCall")
    OutputItemImageGenerationCall = _LazyModel(
        globals(), "output_item_image_generation_call", "OutputItemImageGenerationCall"
    )
    OutputItemReasoning = _LazyModel(globals(), "output_item_reasoning", "OutputItemReasoning")
    OutputItemWebSearchCall = _LazyModel(globals(), "output_item_web_search_call", "OutputItemWebSearchCall")
    OutputMessage = _LazyModel(globals(), "output_message", "OutputMessage")


@_attrs_define(repr=False, eq=False)
class OutputItemDoneEvent(_ModelBase):
    """Event emitted when an output item is complete

    Example:
        {'item': {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id':
            'item-1', 'role': 'assistant', 'status': 'completed', 'type': 'message'}, 'output_index': 0, 'sequence_number':
            8, 'type': 'response.output_item.done'}

    """

    item: (
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    )
    output_index: int
    sequence_number: int
    type_: OutputItemDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "item",
            _union_field(
                (
                    ("OutputMessage", OutputMessage),
                    ("OutputItemReasoning", OutputItemReasoning),
                    ("OutputItemFunctionCall", OutputItemFunctionCall),
                    ("OutputItemCustomToolCall", OutputItemCustomToolCall),
                    ("OutputItemWebSearchCall", OutputItemWebSearchCall),
                    ("OutputItemFileSearchCall", OutputItemFileSearchCall),
                    ("OutputItemImageGenerationCall", OutputItemImageGenerationCall),
                    ("OutputItemApplyPatchCall", OutputItemApplyPatchCall),
                    ("OutputItemCodeInterpreterCall", OutputItemCodeInterpreterCall),
                ),
                tag=(
                    "type",
                    (
                        "message",
                        "reasoning",
                        "function_call",
                        "custom_tool_call",
                        "web_search_call",
                        "file_search_call",
                        "image_generation_call",
                        "apply_patch_call",
                        "code_interpreter_call",
                    ),
                ),
            ),
        ),
        "output_index",
        "sequence_number",
        ("type", check_output_item_done_event_type, "type_"),
    )
