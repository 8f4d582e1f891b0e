from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_reasoning_summary_text_delta_event_type import (
    BaseReasoningSummaryTextDeltaEventType,
    check_base_reasoning_summary_text_delta_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BaseReasoningSummaryTextDeltaEvent(_ModelBase):
    """Event emitted when reasoning summary text delta is streamed

    Example:
        {'delta': 'Analyzing', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'summary_index': 0, 'type':
            'response.reasoning_summary_text.delta'}

    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    type_: BaseReasoningSummaryTextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        "summary_index",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "delta"
            delta = d.pop("delta")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "summary_index"
            summary_index = d.pop("summary_index")

            _at_field_ = "type"
            type_ = check_base_reasoning_summary_text_delta_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_reasoning_summary_text_delta_event = cls(
            delta=delta,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            summary_index=summary_index,
            type_=type_,
        )

        base_reasoning_summary_text_delta_event.additional_properties = d
        return base_reasoning_summary_text_delta_event
