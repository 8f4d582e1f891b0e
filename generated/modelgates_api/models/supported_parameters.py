from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.boolean_capability import BooleanCapability
    from ..models.enum_capability import EnumCapability
    from ..models.range_capability import RangeCapability
else:
    BooleanCapability = _LazyModel(globals(), "boolean_capability", "BooleanCapability")
    EnumCapability = _LazyModel(globals(), "enum_capability", "EnumCapability")
    RangeCapability = _LazyModel(globals(), "range_capability", "RangeCapability")


@_attrs_define(repr=False, eq=False)
class SupportedParameters(_ModelBase):
    """Union of supported parameters across every endpoint of this model. Coarse discovery aid; the definitive per-endpoint
    set is behind the endpoints URL.

        Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
                '2K', '4K']}, 'seed': {'type': 'boolean'}}

    """

    additional_properties: dict[str, BooleanCapability | EnumCapability | RangeCapability] = _attrs_field(
        init=False, factory=dict
    )

    _extras_ = _union_field(
        (
            ("EnumCapability", EnumCapability),
            ("RangeCapability", RangeCapability),
            ("BooleanCapability", BooleanCapability),
        ),
        tag=(
            "type",
            (
                "enum",
                "range",
                "boolean",
            ),
        ),
    )
    _typed_extras_ = True

    def __getitem__(self, key: str) -> BooleanCapability | EnumCapability | RangeCapability:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BooleanCapability | EnumCapability | RangeCapability) -> None:
        self.additional_properties[key] = value
