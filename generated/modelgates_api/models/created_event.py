from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.created_event_type import CreatedEventType, check_created_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.base_responses_result import BaseResponsesResult
else:
    BaseResponsesResult = _LazyModel(globals(), "base_responses_result", "BaseResponsesResult")


@_attrs_define(repr=False, eq=False)
class CreatedEvent(_ModelBase):
    """Event emitted when a response is created

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None,
            'status': 'in_progress', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None},
            'sequence_number': 0, 'type': 'response.created'}

    """

    response: BaseResponsesResult
    sequence_number: int
    type_: CreatedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("response", _model_field(BaseResponsesResult)),
        "sequence_number",
        ("type", check_created_event_type, "type_"),
    )
