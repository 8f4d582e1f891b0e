from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset, guarded as _guarded, union_field as _union_field


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

    _optional_ = ("model",)
    _extras_ = _union_field(
        (("list[Any]", _guarded((list,))),),
        plain=(
            str,
            float,
            int,
        ),
    )
    _typed_extras_ = True

    def __getitem__(self, key: str) -> float | list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[Any] | str) -> None:
        self.additional_properties[key] = value
