from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_start_event_content_block_type_16_type import (
    MessagesContentBlockStartEventContentBlockType16Type,
    check_messages_content_block_start_event_content_block_type_16_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockStartEventContentBlockType16(_ModelBase):
    content: None | str
    type_: MessagesContentBlockStartEventContentBlockType16Type
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
        ("type", check_messages_content_block_start_event_content_block_type_16_type, "type_"),
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
