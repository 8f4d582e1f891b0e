from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import as_object
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.fusion_plugin_tools_item_parameters_additional_property_type_5 import (
        FusionPluginToolsItemParametersAdditionalPropertyType5,
    )


@_attrs_define(repr=False, eq=False)
class FusionPluginToolsItemParameters(_ModelBase):
    """Optional configuration forwarded as the tool's `parameters` object."""

    additional_properties: dict[
        str,
        bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertyType5
        | list[bool | float | None | str]
        | None
        | str,
    ] = _attrs_field(init=False, factory=dict)

    _typed_extras_ = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        fusion_plugin_tools_item_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not isinstance(additional_property, (_NoneType,)):

                def _additional_property_member_4(data: object) -> list[bool | float | None | str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_4 = []
                    _additional_property_type_4 = data
                    for _additional_property_type_4_item_data_index, additional_property_type_4_item_data in enumerate(
                        _as_list(_additional_property_type_4)
                    ):
                        try:
                            additional_property_type_4_item = additional_property_type_4_item_data
                            if not isinstance(additional_property_type_4_item, (str, float, int, bool, _NoneType)):
                                additional_property_type_4_item = _parse_union(
                                    additional_property_type_4_item,
                                    (),
                                    plain=(str, float, int, bool, _NoneType),
                                )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _additional_property_type_4_item_data_index)
                        additional_property_type_4.append(additional_property_type_4_item)

                    return additional_property_type_4

                additional_property = _parse_union(
                    additional_property,
                    (
                        ("list[bool | float | None | str]", _additional_property_member_4),
                        (
                            "FusionPluginToolsItemParametersAdditionalPropertyType5",
                            FusionPluginToolsItemParametersAdditionalPropertyType5,
                        ),
                    ),
                    plain=(str, float, int, bool, _NoneType),
                )

            additional_properties[prop_name] = additional_property

        fusion_plugin_tools_item_parameters.additional_properties = additional_properties
        return fusion_plugin_tools_item_parameters

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertyType5
        | list[bool | float | None | str]
        | None
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertyType5
        | list[bool | float | None | str]
        | None
        | str,
    ) -> None:
        self.additional_properties[key] = value


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FusionPluginToolsItemParametersAdditionalPropertyType5 = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_plugin_tools_item_parameters_additional_property_type_5",
        "FusionPluginToolsItemParametersAdditionalPropertyType5",
    )
