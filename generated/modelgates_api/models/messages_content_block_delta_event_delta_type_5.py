from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_5_type import (
    MessagesContentBlockDeltaEventDeltaType5Type,
    check_messages_content_block_delta_event_delta_type_5_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType5(_ModelBase):
    content: None | str
    type_: MessagesContentBlockDeltaEventDeltaType5Type
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("type", check_messages_content_block_delta_event_delta_type_5_type, "type_"),
    )
    _optional_ = (
        (
            "encrypted_content",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
