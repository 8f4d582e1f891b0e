from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase as _ModelBase
from ..types import as_object
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatRequestImageConfig(_ModelBase):
    """Provider-specific image configuration options, e.g. `{"aspect_ratio": "16:9"}`."""

    additional_properties: dict[str, float | list[Any] | str] = _attrs_field(init=False, factory=dict)

    _typed_extras_ = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        chat_request_image_config = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict

            def _additional_property_member_2(data: object) -> list[Any]:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_image_config_type_2 = cast(list[Any], data)

                return componentsschemas_image_config_type_2

            additional_property = _parse_union(
                additional_property,
                (("list[Any]", _additional_property_member_2),),
                plain=(str, float, int),
            )

            additional_properties[prop_name] = additional_property

        chat_request_image_config.additional_properties = additional_properties
        return chat_request_image_config

    def __getitem__(self, key: str) -> float | list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[Any] | str) -> None:
        self.additional_properties[key] = value
