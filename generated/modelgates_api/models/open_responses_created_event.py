from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_responses_created_event_type import (
    OpenResponsesCreatedEventType,
    check_open_responses_created_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.open_responses_result import OpenResponsesResult
else:
    OpenResponsesResult = _LazyModel(globals(), "open_responses_result", "OpenResponsesResult")


@_attrs_define(repr=False, eq=False)
class OpenResponsesCreatedEvent(_ModelBase):
    """Event emitted when a response is created

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None,
            'status': 'in_progress', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None},
            'sequence_number': 0, 'type': 'response.created'}

    Attributes:
        response (OpenResponsesResult): Complete non-streaming response from the Responses API Example: {'completed_at':
            1704067210, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id': 'resp-abc123',
            'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4',
            'object': 'response', 'output': [{'content': [{'annotations': [], 'text': 'Hello! How can I help you today?',
            'type': 'output_text'}], 'id': 'msg-abc123', 'role': 'assistant', 'status': 'completed', 'type': 'message'}],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None, 'usage': {'input_tokens': 10, 'input_tokens_details':
            {'cached_tokens': 0}, 'output_tokens': 25, 'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens':
            35}}.
    """

    response: OpenResponsesResult
    sequence_number: int
    type_: OpenResponsesCreatedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("response", _model_field(OpenResponsesResult)),
        "sequence_number",
        ("type", check_open_responses_created_event_type, "type_"),
    )
