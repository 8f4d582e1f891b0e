from __future__ import annotations

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class FusionPluginToolsItemParametersAdditionalPropertyType5(_ModelBase):
    additional_properties: dict[str, bool | float | None | str] = _attrs_field(init=False, factory=dict)

    _extras_ = _union_field(
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
    _typed_extras_ = True

    def __getitem__(self, key: str) -> bool | float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | None | str) -> None:
        self.additional_properties[key] = value
