from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compaction_item_type import CompactionItemType, check_compaction_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "encrypted_content",
        ("type_", "type"),
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content")

            _at_field_ = "type"
            type_ = check_compaction_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, _NoneType, Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        compaction_item = cls(
            encrypted_content=encrypted_content,
            type_=type_,
            id=id,
        )

        compaction_item.additional_properties = d
        return compaction_item
