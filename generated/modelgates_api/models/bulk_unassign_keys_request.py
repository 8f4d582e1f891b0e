from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BulkUnassignKeysRequest(_ModelBase):
    """
    Example:
        {'key_hashes': ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}

    Attributes:
        key_hashes (list[str]): Array of API key hashes to unassign from the guardrail Example:
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93'].
    """

    key_hashes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("key_hashes",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "key_hashes"
            key_hashes = cast(list[str], d.pop("key_hashes"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        bulk_unassign_keys_request = cls(
            key_hashes=key_hashes,
        )

        bulk_unassign_keys_request.additional_properties = d
        return bulk_unassign_keys_request
