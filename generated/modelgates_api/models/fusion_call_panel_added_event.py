from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_panel_added_event_type import (
    FusionCallPanelAddedEventType,
    check_fusion_call_panel_added_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FusionCallPanelAddedEvent(_ModelBase):
    """Emitted when a fusion analysis-panel model starts.

    Example:
        {'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.fusion_call.panel.added'}

    """

    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type_: FusionCallPanelAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "item_id",
        "model",
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

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_fusion_call_panel_added_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_call_panel_added_event = cls(
            item_id=item_id,
            model=model,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        fusion_call_panel_added_event.additional_properties = d
        return fusion_call_panel_added_event
