from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_2_type import (
    MessagesRequestContextManagementType0EditsItemType2Type,
    check_messages_request_context_management_type_0_edits_item_type_2_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.messages_request_context_management_type_0_edits_item_type_2_trigger_type_0 import (
        MessagesRequestContextManagementType0EditsItemType2TriggerType0,
    )
else:
    MessagesRequestContextManagementType0EditsItemType2TriggerType0 = _LazyModel(
        globals(),
        "messages_request_context_management_type_0_edits_item_type_2_trigger_type_0",
        "MessagesRequestContextManagementType0EditsItemType2TriggerType0",
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType2(_ModelBase):
    type_: MessagesRequestContextManagementType0EditsItemType2Type
    instructions: None | str | Unset = UNSET
    pause_after_compaction: bool | Unset = UNSET
    trigger: MessagesRequestContextManagementType0EditsItemType2TriggerType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_request_context_management_type_0_edits_item_type_2_type, "type_"),)
    _optional_ = (
        (
            "instructions",
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
        "pause_after_compaction",
        (
            "trigger",
            _union_field(
                (
                    (
                        "MessagesRequestContextManagementType0EditsItemType2TriggerType0",
                        MessagesRequestContextManagementType0EditsItemType2TriggerType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
