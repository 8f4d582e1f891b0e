from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_2_type import (
    MessagesRequestContextManagementType0EditsItemType2Type,
    check_messages_request_context_management_type_0_edits_item_type_2_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_request_context_management_type_0_edits_item_type_2_trigger_type_0 import (
        MessagesRequestContextManagementType0EditsItemType2TriggerType0,
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType2(_ModelBase):
    type_: MessagesRequestContextManagementType0EditsItemType2Type
    instructions: None | str | Unset = UNSET
    pause_after_compaction: bool | Unset = UNSET
    trigger: MessagesRequestContextManagementType0EditsItemType2TriggerType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "instructions",
        "pause_after_compaction",
        "trigger",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_messages_request_context_management_type_0_edits_item_type_2_type(d.pop("type"))

            _at_field_ = "instructions"
            instructions = d.pop("instructions", UNSET)
            if not isinstance(instructions, (str, _NoneType, Unset)):
                instructions = _parse_union(
                    instructions,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "pause_after_compaction"
            pause_after_compaction = d.pop("pause_after_compaction", UNSET)

            _at_field_ = "trigger"
            trigger = d.pop("trigger", UNSET)
            if not isinstance(trigger, (_NoneType, Unset)):
                trigger = _parse_union(
                    trigger,
                    (
                        (
                            "MessagesRequestContextManagementType0EditsItemType2TriggerType0",
                            MessagesRequestContextManagementType0EditsItemType2TriggerType0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_context_management_type_0_edits_item_type_2 = cls(
            type_=type_,
            instructions=instructions,
            pause_after_compaction=pause_after_compaction,
            trigger=trigger,
        )

        messages_request_context_management_type_0_edits_item_type_2.additional_properties = d
        return messages_request_context_management_type_0_edits_item_type_2


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesRequestContextManagementType0EditsItemType2TriggerType0 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_context_management_type_0_edits_item_type_2_trigger_type_0",
        "MessagesRequestContextManagementType0EditsItemType2TriggerType0",
    )
