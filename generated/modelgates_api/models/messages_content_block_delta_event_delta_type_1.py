from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_1_type import (
    MessagesContentBlockDeltaEventDeltaType1Type,
    check_messages_content_block_delta_event_delta_type_1_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType1(_ModelBase):
    partial_json: str
    type_: MessagesContentBlockDeltaEventDeltaType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "partial_json",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "partial_json"
            partial_json = d.pop("partial_json")

            _at_field_ = "type"
            type_ = check_messages_content_block_delta_event_delta_type_1_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_content_block_delta_event_delta_type_1 = cls(
            partial_json=partial_json,
            type_=type_,
        )

        messages_content_block_delta_event_delta_type_1.additional_properties = d
        return messages_content_block_delta_event_delta_type_1
