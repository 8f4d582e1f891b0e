from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_in_progress_event_type import (
    FusionCallInProgressEventType,
    check_fusion_call_in_progress_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FusionCallInProgressEvent(_ModelBase):
    """Emitted when an openrouter:fusion tool call begins executing.

    Example:
        {'item_id': 'st_fusion_abc', 'output_index': 0, 'sequence_number': 3, 'type':
            'response.fusion_call.in_progress'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: FusionCallInProgressEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "item_id",
        "output_index",
        "sequence_number",
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

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_fusion_call_in_progress_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_call_in_progress_event = cls(
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        fusion_call_in_progress_event.additional_properties = d
        return fusion_call_in_progress_event
