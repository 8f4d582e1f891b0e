from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicContainer(_ModelBase):
    """
    Example:
        {'expires_at': '2026-04-08T00:00:00Z', 'id': 'ctr_01abc'}

    """

    expires_at: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "expires_at",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "expires_at"
            expires_at = d.pop("expires_at")

            _at_field_ = "id"
            id = d.pop("id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_container = cls(
            expires_at=expires_at,
            id=id,
        )

        anthropic_container.additional_properties = d
        return anthropic_container
