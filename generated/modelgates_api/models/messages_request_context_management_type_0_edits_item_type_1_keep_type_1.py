from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_1_keep_type_1_type import (
    MessagesRequestContextManagementType0EditsItemType1KeepType1Type,
    check_messages_request_context_management_type_0_edits_item_type_1_keep_type_1_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType1KeepType1(_ModelBase):
    type_: MessagesRequestContextManagementType0EditsItemType1KeepType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_messages_request_context_management_type_0_edits_item_type_1_keep_type_1_type, "type_"),
    )
