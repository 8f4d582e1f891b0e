from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from ..models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )


T = TypeVar("T", bound="MessagesResultContextManagementType0")


@_attrs_define(repr=False, eq=False)
class MessagesResultContextManagementType0(_ModelBase):
    """
    Attributes:
        applied_edits (list[MessagesResultContextManagementType0AppliedEditsItem]):
    """

    applied_edits: list[MessagesResultContextManagementType0AppliedEditsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (MessagesResultContextManagementType0AppliedEditsItem,) = _lazy_imports()
        applied_edits = []
        for applied_edits_item_data in self.applied_edits:
            applied_edits_item = applied_edits_item_data.to_dict()
            applied_edits.append(applied_edits_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "applied_edits": applied_edits,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (MessagesResultContextManagementType0AppliedEditsItem,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "applied_edits"
            applied_edits = []
            _applied_edits = d.pop("applied_edits")
            for _applied_edits_item_data_index, applied_edits_item_data in enumerate(
                _as_list(_applied_edits)
            ):
                try:
                    applied_edits_item = (
                        MessagesResultContextManagementType0AppliedEditsItem.from_dict(
                            applied_edits_item_data
                        )
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


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )

    return (MessagesResultContextManagementType0AppliedEditsItem,)
