from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_object
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FusionPluginToolsItemParametersAdditionalPropertyType5(_ModelBase):
    additional_properties: dict[str, bool | float | None | str] = _attrs_field(init=False, factory=dict)

    _typed_extras_ = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        fusion_plugin_tools_item_parameters_additional_property_type_5 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not isinstance(additional_property, (str, float, int, bool, _NoneType)):
                additional_property = _parse_union(
                    additional_property,
                    (),
                    plain=(str, float, int, bool, _NoneType),
                )

            additional_properties[prop_name] = additional_property

        fusion_plugin_tools_item_parameters_additional_property_type_5.additional_properties = additional_properties
        return fusion_plugin_tools_item_parameters_additional_property_type_5

    def __getitem__(self, key: str) -> bool | float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | None | str) -> None:
        self.additional_properties[key] = value
