from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_compaction_item_type import ContextCompactionItemType, check_context_compaction_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        ("type_", "type"),
        "encrypted_content",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_context_compaction_item_type(d.pop("type"))

            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content", UNSET)
            if not isinstance(encrypted_content, (str, _NoneType, Unset)):
                encrypted_content = _parse_union(
                    encrypted_content,
                    (),
                    plain=(str, _NoneType),
                )

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
        context_compaction_item = cls(
            type_=type_,
            encrypted_content=encrypted_content,
            id=id,
        )

        context_compaction_item.additional_properties = d
        return context_compaction_item
