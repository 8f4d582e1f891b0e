from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_summary_part_done_event_type import (
    ReasoningSummaryPartDoneEventType,
    check_reasoning_summary_part_done_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.reasoning_summary_text import ReasoningSummaryText


@_attrs_define(repr=False, eq=False)
class ReasoningSummaryPartDoneEvent(_ModelBase):
    """Event emitted when a reasoning summary part is complete

    Example:
        {'item_id': 'item-1', 'output_index': 0, 'part': {'text': 'Analyzing the problem step by step to find the
            optimal solution.', 'type': 'summary_text'}, 'sequence_number': 7, 'summary_index': 0, 'type':
            'response.reasoning_summary_part.done'}

    """

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type_: ReasoningSummaryPartDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "item_id",
        "output_index",
        "part",
        "sequence_number",
        "summary_index",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "part"
            part = ReasoningSummaryText.from_dict(d.pop("part"))

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "summary_index"
            summary_index = d.pop("summary_index")

            _at_field_ = "type"
            type_ = check_reasoning_summary_part_done_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        reasoning_summary_part_done_event = cls(
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            summary_index=summary_index,
            type_=type_,
        )

        reasoning_summary_part_done_event.additional_properties = d
        return reasoning_summary_part_done_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ReasoningSummaryText = _LazyModel(globals(), "modelgates_api.models.reasoning_summary_text", "ReasoningSummaryText")
