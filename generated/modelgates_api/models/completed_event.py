from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.completed_event_type import CompletedEventType, check_completed_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.base_responses_result import BaseResponsesResult
else:
    BaseResponsesResult = _LazyModel(globals(), "base_responses_result", "BaseResponsesResult")


@_attrs_define(repr=False, eq=False)
class CompletedEvent(_ModelBase):
    """Event emitted when a response has completed successfully

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [{'content': [{'annotations': [], 'text': 'Hello! How can I
            help you?', 'type': 'output_text'}], 'id': 'item-1', 'role': 'assistant', 'status': 'completed', 'type':
            'message'}], 'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}, 'sequence_number': 10, 'type': 'response.completed'}

    """

    response: BaseResponsesResult
    sequence_number: int
    type_: CompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("response", _model_field(BaseResponsesResult)),
        "sequence_number",
        ("type", check_completed_event_type, "type_"),
    )
