from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_object
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.boolean_capability import BooleanCapability
    from ..models.enum_capability import EnumCapability
    from ..models.range_capability import RangeCapability


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

    _typed_extras_ = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        supported_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            additional_property = _parse_union(
                additional_property,
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

            additional_properties[prop_name] = additional_property

        supported_parameters.additional_properties = additional_properties
        return supported_parameters

    def __getitem__(self, key: str) -> BooleanCapability | EnumCapability | RangeCapability:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BooleanCapability | EnumCapability | RangeCapability) -> None:
        self.additional_properties[key] = value


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    BooleanCapability = _LazyModel(globals(), "modelgates_api.models.boolean_capability", "BooleanCapability")
    EnumCapability = _LazyModel(globals(), "modelgates_api.models.enum_capability", "EnumCapability")
    RangeCapability = _LazyModel(globals(), "modelgates_api.models.range_capability", "RangeCapability")
