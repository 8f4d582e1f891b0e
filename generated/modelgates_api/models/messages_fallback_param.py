from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesFallbackParam(_ModelBase):
    """Fallback model to try when the primary model fails or refuses. Only the `model` field is supported; per-attempt
    overrides are rejected.

        Example:
            {'model': 'claude-opus-4-8'}

    """

    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("model",)
