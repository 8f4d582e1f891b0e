from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_reference_item_type import ItemReferenceItemType, check_item_reference_item_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ItemReferenceItem(_ModelBase):
    """A reference to a previous response item by ID

    Example:
        {'id': 'msg-abc123', 'type': 'item_reference'}

    """

    id: str
    type_: ItemReferenceItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "type"
            type_ = check_item_reference_item_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        item_reference_item = cls(
            id=id,
            type_=type_,
        )

        item_reference_item.additional_properties = d
        return item_reference_item
