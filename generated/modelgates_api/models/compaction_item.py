from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.compaction_item_type import CompactionItemType, check_compaction_item_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class CompactionItem(_ModelBase):
    """A context compaction marker with encrypted summary

    Example:
        {'encrypted_content': 'enc_abc123...', 'type': 'compaction'}

    """

    encrypted_content: str
    type_: CompactionItemType
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "encrypted_content",
        ("type", check_compaction_item_type, "type_"),
    )
    _optional_ = (
        (
            "id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
