from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_1_keep_type_2 import (
    MessagesRequestContextManagementType0EditsItemType1KeepType2,
    check_messages_request_context_management_type_0_edits_item_type_1_keep_type_2,
)
from ..models.messages_request_context_management_type_0_edits_item_type_1_type import (
    MessagesRequestContextManagementType0EditsItemType1Type,
    check_messages_request_context_management_type_0_edits_item_type_1_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_thinking_turns import AnthropicThinkingTurns
    from ..models.messages_request_context_management_type_0_edits_item_type_1_keep_type_1 import (
        MessagesRequestContextManagementType0EditsItemType1KeepType1,
    )
else:
    AnthropicThinkingTurns = _LazyModel(globals(), "anthropic_thinking_turns", "AnthropicThinkingTurns")
    MessagesRequestContextManagementType0EditsItemType1KeepType1 = _LazyModel(
        globals(),
        "messages_request_context_management_type_0_edits_item_type_1_keep_type_1",
        "MessagesRequestContextManagementType0EditsItemType1KeepType1",
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType1(_ModelBase):
    type_: MessagesRequestContextManagementType0EditsItemType1Type
    keep: (
        AnthropicThinkingTurns
        | MessagesRequestContextManagementType0EditsItemType1KeepType1
        | MessagesRequestContextManagementType0EditsItemType1KeepType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_request_context_management_type_0_edits_item_type_1_type, "type_"),)
    _optional_ = (
        (
            "keep",
            _union_field(
                (
                    ("AnthropicThinkingTurns", AnthropicThinkingTurns),
                    (
                        "MessagesRequestContextManagementType0EditsItemType1KeepType1",
                        MessagesRequestContextManagementType0EditsItemType1KeepType1,
                    ),
                    (
                        "MessagesRequestContextManagementType0EditsItemType1KeepType2",
                        _guarded(
                            (str,), check_messages_request_context_management_type_0_edits_item_type_1_keep_type_2
                        ),
                    ),
                )
            ),
        ),
    )
