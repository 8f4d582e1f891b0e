from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase as _ModelBase
from ..types import as_object

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ObservabilityBraintrustDestinationConfigHeaders(_ModelBase):
    """Custom HTTP headers to include in requests to this destination."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        observability_braintrust_destination_config_headers = cls()

        observability_braintrust_destination_config_headers.additional_properties = d
        return observability_braintrust_destination_config_headers

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value
