from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )


@_attrs_define(repr=False, eq=False)
class MessagesResultContextManagementType0(_ModelBase):
    applied_edits: list[MessagesResultContextManagementType0AppliedEditsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("applied_edits",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "applied_edits"
            applied_edits = []
            _applied_edits = d.pop("applied_edits")
            for _applied_edits_item_data_index, applied_edits_item_data in enumerate(_as_list(_applied_edits)):
                try:
                    applied_edits_item = MessagesResultContextManagementType0AppliedEditsItem.from_dict(
                        applied_edits_item_data
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _applied_edits_item_data_index)
                applied_edits.append(applied_edits_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_result_context_management_type_0 = cls(
            applied_edits=applied_edits,
        )

        messages_result_context_management_type_0.additional_properties = d
        return messages_result_context_management_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesResultContextManagementType0AppliedEditsItem = _LazyModel(
        globals(),
        "modelgates_api.models.messages_result_context_management_type_0_applied_edits_item",
        "MessagesResultContextManagementType0AppliedEditsItem",
    )
