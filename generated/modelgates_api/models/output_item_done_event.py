from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_done_event_type import OutputItemDoneEventType, check_output_item_done_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage


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

    _json_fields_ = (
        "item",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "item"
            item = d.pop("item")
            item = _parse_union(
                item,
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
            )

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_output_item_done_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_done_event = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        output_item_done_event.additional_properties = d
        return output_item_done_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputItemApplyPatchCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_apply_patch_call", "OutputItemApplyPatchCall"
    )
    OutputItemCodeInterpreterCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_code_interpreter_call", "OutputItemCodeInterpreterCall"
    )
    OutputItemCustomToolCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_custom_tool_call", "OutputItemCustomToolCall"
    )
    OutputItemFileSearchCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_file_search_call", "OutputItemFileSearchCall"
    )
    OutputItemFunctionCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_function_call", "OutputItemFunctionCall"
    )
    OutputItemImageGenerationCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_image_generation_call", "OutputItemImageGenerationCall"
    )
    OutputItemReasoning = _LazyModel(globals(), "modelgates_api.models.output_item_reasoning", "OutputItemReasoning")
    OutputItemWebSearchCall = _LazyModel(
        globals(), "modelgates_api.models.output_item_web_search_call", "OutputItemWebSearchCall"
    )
    OutputMessage = _LazyModel(globals(), "modelgates_api.models.output_message", "OutputMessage")
