from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_1_keep_type_2 import (
    MessagesRequestContextManagementType0EditsItemType1KeepType2,
    check_messages_request_context_management_type_0_edits_item_type_1_keep_type_2,
)
from ..models.messages_request_context_management_type_0_edits_item_type_1_type import (
    MessagesRequestContextManagementType0EditsItemType1Type,
    check_messages_request_context_management_type_0_edits_item_type_1_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_thinking_turns import AnthropicThinkingTurns
    from ..models.messages_request_context_management_type_0_edits_item_type_1_keep_type_1 import (
        MessagesRequestContextManagementType0EditsItemType1KeepType1,
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

    _json_fields_ = (
        ("type_", "type"),
        "keep",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_messages_request_context_management_type_0_edits_item_type_1_type(d.pop("type"))

            _at_field_ = "keep"
            keep = d.pop("keep", UNSET)
            if not isinstance(keep, (Unset,)):

                def _keep_member_2(data: object) -> MessagesRequestContextManagementType0EditsItemType1KeepType2:
                    if not isinstance(data, str):
                        raise TypeError()
                    keep_type_2 = check_messages_request_context_management_type_0_edits_item_type_1_keep_type_2(data)

                    return keep_type_2

                keep = _parse_union(
                    keep,
                    (
                        ("AnthropicThinkingTurns", AnthropicThinkingTurns),
                        (
                            "MessagesRequestContextManagementType0EditsItemType1KeepType1",
                            MessagesRequestContextManagementType0EditsItemType1KeepType1,
                        ),
                        ("MessagesRequestContextManagementType0EditsItemType1KeepType2", _keep_member_2),
                    ),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_context_management_type_0_edits_item_type_1 = cls(
            type_=type_,
            keep=keep,
        )

        messages_request_context_management_type_0_edits_item_type_1.additional_properties = d
        return messages_request_context_management_type_0_edits_item_type_1


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicThinkingTurns = _LazyModel(
        globals(), "modelgates_api.models.anthropic_thinking_turns", "AnthropicThinkingTurns"
    )
    MessagesRequestContextManagementType0EditsItemType1KeepType1 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_context_management_type_0_edits_item_type_1_keep_type_1",
        "MessagesRequestContextManagementType0EditsItemType1KeepType1",
    )
