from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicContainer(_ModelBase):
    """
    Example:
        {'expires_at': '2026-04-08T00:00:00Z', 'id': 'ctr_01abc'}

    """

    expires_at: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "expires_at",
        "id",
    )
