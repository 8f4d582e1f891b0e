from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )
else:
    MessagesResultContextManagementType0AppliedEditsItem = _LazyModel(
        globals(),
        "messages_result_context_management_type_0_applied_edits_item",
        "MessagesResultContextManagementType0AppliedEditsItem",
    )


@_attrs_define(repr=False, eq=False)
class MessagesResultContextManagementType0(_ModelBase):
    applied_edits: list[MessagesResultContextManagementType0AppliedEditsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("applied_edits", _list_field(_model_field(MessagesResultContextManagementType0AppliedEditsItem))),)
