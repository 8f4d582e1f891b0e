from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_events_response_completed_type import (
    StreamEventsResponseCompletedType,
    check_stream_events_response_completed_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.open_responses_result import OpenResponsesResult


@_attrs_define(repr=False, eq=False)
class StreamEventsResponseCompleted(_ModelBase):
    """Event emitted when a response has completed successfully

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [], 'parallel_tool_calls': True, 'presence_penalty': None,
            'status': 'completed', 'temperature': None, 'tool_choice': 'auto', 'tools': [], 'top_p': None},
            'sequence_number': 10, 'type': 'response.completed'}

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
    type_: StreamEventsResponseCompletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "response",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "response"
            response = OpenResponsesResult.from_dict(d.pop("response"))

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_stream_events_response_completed_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stream_events_response_completed = cls(
            response=response,
            sequence_number=sequence_number,
            type_=type_,
        )

        stream_events_response_completed.additional_properties = d
        return stream_events_response_completed


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenResponsesResult = _LazyModel(globals(), "modelgates_api.models.open_responses_result", "OpenResponsesResult")
