from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_3_type import (
    MessagesContentBlockDeltaEventDeltaType3Type,
    check_messages_content_block_delta_event_delta_type_3_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType3(_ModelBase):
    signature: str
    type_: MessagesContentBlockDeltaEventDeltaType3Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "signature",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "signature"
            signature = d.pop("signature")

            _at_field_ = "type"
            type_ = check_messages_content_block_delta_event_delta_type_3_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_content_block_delta_event_delta_type_3 = cls(
            signature=signature,
            type_=type_,
        )

        messages_content_block_delta_event_delta_type_3.additional_properties = d
        return messages_content_block_delta_event_delta_type_3
