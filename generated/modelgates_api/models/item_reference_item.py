from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.item_reference_item_type import ItemReferenceItemType, check_item_reference_item_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ItemReferenceItem(_ModelBase):
    """A reference to a previous response item by ID

    Example:
        {'id': 'msg-abc123', 'type': 'item_reference'}

    """

    id: str
    type_: ItemReferenceItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("type", check_item_reference_item_type, "type_"),
    )
