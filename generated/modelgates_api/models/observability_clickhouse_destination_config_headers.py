from __future__ import annotations

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ObservabilityClickhouseDestinationConfigHeaders(_ModelBase):
    """Custom HTTP headers to include in requests to this destination."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value
