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
class ProviderOptionsAmazonNova(_ModelBase):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        provider_options_amazon_nova = cls()

        provider_options_amazon_nova.additional_properties = d
        return provider_options_amazon_nova
