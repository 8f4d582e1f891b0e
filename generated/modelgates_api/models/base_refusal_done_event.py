from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_refusal_done_event_type import BaseRefusalDoneEventType, check_base_refusal_done_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BaseRefusalDoneEvent(_ModelBase):
    """Event emitted when refusal streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'refusal': "I'm sorry, but I can't assist with that
            request.", 'sequence_number': 6, 'type': 'response.refusal.done'}

    """

    content_index: int
    item_id: str
    output_index: int
    refusal: str
    sequence_number: int
    type_: BaseRefusalDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content_index",
        "item_id",
        "output_index",
        "refusal",
        "sequence_number",
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

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "refusal"
            refusal = d.pop("refusal")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_base_refusal_done_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_refusal_done_event = cls(
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            refusal=refusal,
            sequence_number=sequence_number,
            type_=type_,
        )

        base_refusal_done_event.additional_properties = d
        return base_refusal_done_event
