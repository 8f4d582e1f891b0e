from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ImageGenerationServerToolConfig(_ModelBase):
    """Configuration for the openrouter:image_generation server tool. Accepts all image_config params (aspect_ratio,
    quality, size, background, output_format, output_compression, moderation, etc.) plus a model field.

        Example:
            {'aspect_ratio': '16:9', 'model': 'openai/gpt-5-image', 'quality': 'high'}

        Attributes:
            model (str | Unset): Which image generation model to use (e.g. "openai/gpt-5-image"). Defaults to
                "openai/gpt-5-image". Example: openai/gpt-5-image.
    """

    model: str | Unset = UNSET
    additional_properties: dict[str, float | list[Any] | str] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("model",)
    _typed_extras_ = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_server_tool_config = cls(
            model=model,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict

            def _additional_property_member_2(data: object) -> list[Any]:
                if not isinstance(data, list):
                    raise TypeError()
                additional_property_type_2 = cast(list[Any], data)

                return additional_property_type_2

            additional_property = _parse_union(
                additional_property,
                (("list[Any]", _additional_property_member_2),),
                plain=(str, float, int),
            )

            additional_properties[prop_name] = additional_property

        image_generation_server_tool_config.additional_properties = additional_properties
        return image_generation_server_tool_config

    def __getitem__(self, key: str) -> float | list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[Any] | str) -> None:
        self.additional_properties[key] = value
