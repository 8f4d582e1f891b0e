from __future__ import annotations

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ChatRequestLogitBias(_ModelBase):
    """Token logit bias adjustments, keyed by token id."""

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value
