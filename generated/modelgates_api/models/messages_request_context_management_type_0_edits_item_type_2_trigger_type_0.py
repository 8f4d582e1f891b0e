from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_2_trigger_type_0_type import (
    MessagesRequestContextManagementType0EditsItemType2TriggerType0Type,
    check_messages_request_context_management_type_0_edits_item_type_2_trigger_type_0_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType2TriggerType0(_ModelBase):
    """
    Example:
        {'type': 'input_tokens', 'value': 100000}

    """

    type_: MessagesRequestContextManagementType0EditsItemType2TriggerType0Type
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_messages_request_context_management_type_0_edits_item_type_2_trigger_type_0_type, "type_"),
        "value",
    )
