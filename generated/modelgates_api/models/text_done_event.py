from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_done_event_type import TextDoneEventType, check_text_done_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.stream_logprob import StreamLogprob


@_attrs_define(repr=False, eq=False)
class TextDoneEvent(_ModelBase):
    """Event emitted when text streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'logprobs': [], 'output_index': 0, 'sequence_number': 6, 'text':
            'Hello! How can I help you?', 'type': 'response.output_text.done'}

    """

    content_index: int
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    text: str
    type_: TextDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content_index",
        "item_id",
        "logprobs",
        "output_index",
        "sequence_number",
        "text",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content_index"
            content_index = d.pop("content_index")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "logprobs"
            logprobs = []
            _logprobs = d.pop("logprobs")
            for _logprobs_item_data_index, logprobs_item_data in enumerate(_as_list(_logprobs)):
                try:
                    logprobs_item = StreamLogprob.from_dict(logprobs_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _logprobs_item_data_index)
                logprobs.append(logprobs_item)

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_text_done_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        text_done_event = cls(
            content_index=content_index,
            item_id=item_id,
            logprobs=logprobs,
            output_index=output_index,
            sequence_number=sequence_number,
            text=text,
            type_=type_,
        )

        text_done_event.additional_properties = d
        return text_done_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    StreamLogprob = _LazyModel(globals(), "modelgates_api.models.stream_logprob", "StreamLogprob")
