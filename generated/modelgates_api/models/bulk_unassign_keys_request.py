from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = ("key_hashes",)
