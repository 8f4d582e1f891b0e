from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.context_compaction_item_type import ContextCompactionItemType, check_context_compaction_item_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ContextCompactionItem(_ModelBase):
    """A context compaction marker with an optional encrypted summary

    Example:
        {'encrypted_content': 'enc_abc123...', 'type': 'context_compaction'}

    """

    type_: ContextCompactionItemType
    encrypted_content: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_context_compaction_item_type, "type_"),)
    _optional_ = (
        (
            "encrypted_content",
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
