from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item_parameters_additional_property_type_5 import (
        FusionPluginToolsItemParametersAdditionalPropertyType5,
    )
else:
    FusionPluginToolsItemParametersAdditionalPropertyType5 = _LazyModel(
        globals(),
        "fusion_plugin_tools_item_parameters_additional_property_type_5",
        "FusionPluginToolsItemParametersAdditionalPropertyType5",
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

    _extras_ = _union_field(
        (
            (
                "list[bool | float | None | str]",
                _guarded(
                    (list,),
                    _list_field(
                        _union_field(
                            (),
                            plain=(
                                str,
                                float,
                                int,
                                bool,
                                _NoneType,
                            ),
                            skip=(
                                str,
                                float,
                                int,
                                bool,
                                _NoneType,
                            ),
                        )
                    ),
                ),
            ),
            (
                "FusionPluginToolsItemParametersAdditionalPropertyType5",
                FusionPluginToolsItemParametersAdditionalPropertyType5,
            ),
        ),
        plain=(
            str,
            float,
            int,
            bool,
            _NoneType,
        ),
        skip=(_NoneType,),
    )
    _typed_extras_ = True

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
