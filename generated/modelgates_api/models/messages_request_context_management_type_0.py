from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.messages_request_context_management_type_0_edits_item_type_0 import (
        MessagesRequestContextManagementType0EditsItemType0,
    )
    from ..models.messages_request_context_management_type_0_edits_item_type_1 import (
        MessagesRequestContextManagementType0EditsItemType1,
    )
    from ..models.messages_request_context_management_type_0_edits_item_type_2 import (
        MessagesRequestContextManagementType0EditsItemType2,
    )
else:
    MessagesRequestContextManagementType0EditsItemType0 = _LazyModel(
        globals(),
        "messages_request_context_management_type_0_edits_item_type_0",
        "MessagesRequestContextManagementType0EditsItemType0",
    )
    MessagesRequestContextManagementType0EditsItemType1 = _LazyModel(
        globals(),
        "messages_request_context_management_type_0_edits_item_type_1",
        "MessagesRequestContextManagementType0EditsItemType1",
    )
    MessagesRequestContextManagementType0EditsItemType2 = _LazyModel(
        globals(),
        "messages_request_context_management_type_0_edits_item_type_2",
        "MessagesRequestContextManagementType0EditsItemType2",
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0(_ModelBase):
    edits: (
        list[
            MessagesRequestContextManagementType0EditsItemType0
            | MessagesRequestContextManagementType0EditsItemType1
            | MessagesRequestContextManagementType0EditsItemType2
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "edits",
            _list_field(
                _union_field(
                    (
                        (
                            "MessagesRequestContextManagementType0EditsItemType0",
                            MessagesRequestContextManagementType0EditsItemType0,
                        ),
                        (
                            "MessagesRequestContextManagementType0EditsItemType1",
                            MessagesRequestContextManagementType0EditsItemType1,
                        ),
                        (
                            "MessagesRequestContextManagementType0EditsItemType2",
                            MessagesRequestContextManagementType0EditsItemType2,
                        ),
                    ),
                    tag=(
                        "type",
                        (
                            "clear_tool_uses_20250919",
                            "clear_thinking_20251015",
                            "compact_20260112",
                        ),
                    ),
                )
            ),
        ),
    )
