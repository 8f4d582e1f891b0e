from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_5_type import (
    MessagesContentBlockDeltaEventDeltaType5Type,
    check_messages_content_block_delta_event_delta_type_5_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType5(_ModelBase):
    content: None | str
    type_: MessagesContentBlockDeltaEventDeltaType5Type
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        ("type_", "type"),
        "encrypted_content",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")
            if not isinstance(content, (str, _NoneType)):
                content = _parse_union(
                    content,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_messages_content_block_delta_event_delta_type_5_type(d.pop("type"))

            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content", UNSET)
            if not isinstance(encrypted_content, (str, _NoneType, Unset)):
                encrypted_content = _parse_union(
                    encrypted_content,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_content_block_delta_event_delta_type_5 = cls(
            content=content,
            type_=type_,
            encrypted_content=encrypted_content,
        )

        messages_content_block_delta_event_delta_type_5.additional_properties = d
        return messages_content_block_delta_event_delta_type_5
