from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_request_context_management_type_0_edits_item_type_0 import (
        MessagesRequestContextManagementType0EditsItemType0,
    )
    from ..models.messages_request_context_management_type_0_edits_item_type_1 import (
        MessagesRequestContextManagementType0EditsItemType1,
    )
    from ..models.messages_request_context_management_type_0_edits_item_type_2 import (
        MessagesRequestContextManagementType0EditsItemType2,
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

    _json_fields_ = ("edits",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "edits"
            _edits = d.pop("edits", UNSET)
            edits: (
                list[
                    MessagesRequestContextManagementType0EditsItemType0
                    | MessagesRequestContextManagementType0EditsItemType1
                    | MessagesRequestContextManagementType0EditsItemType2
                ]
                | Unset
            ) = UNSET
            if _edits is not UNSET:
                edits = []
                for _edits_item_data_index, edits_item_data in enumerate(_as_list(_edits)):
                    try:
                        edits_item = edits_item_data
                        edits_item = _parse_union(
                            edits_item,
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

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _edits_item_data_index)
                    edits.append(edits_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_context_management_type_0 = cls(
            edits=edits,
        )

        messages_request_context_management_type_0.additional_properties = d
        return messages_request_context_management_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesRequestContextManagementType0EditsItemType0 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_context_management_type_0_edits_item_type_0",
        "MessagesRequestContextManagementType0EditsItemType0",
    )
    MessagesRequestContextManagementType0EditsItemType1 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_context_management_type_0_edits_item_type_1",
        "MessagesRequestContextManagementType0EditsItemType1",
    )
    MessagesRequestContextManagementType0EditsItemType2 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_context_management_type_0_edits_item_type_2",
        "MessagesRequestContextManagementType0EditsItemType2",
    )
