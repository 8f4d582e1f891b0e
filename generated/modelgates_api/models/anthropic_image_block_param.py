from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_image_block_param_type import (
    AnthropicImageBlockParamType,
    check_anthropic_image_block_param_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_url_image_source import AnthropicUrlImageSource
else:
    AnthropicBase64ImageSource = _LazyModel(globals(), "anthropic_base_64_image_source", "AnthropicBase64ImageSource")
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicUrlImageSource = _LazyModel(globals(), "anthropic_url_image_source", "AnthropicUrlImageSource")


@_attrs_define(repr=False, eq=False)
class AnthropicImageBlockParam(_ModelBase):
    """
    Example:
        {'source': {'data': '/9j/4AAQ...', 'media_type': 'image/jpeg', 'type': 'base64'}, 'type': 'image'}

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    source: AnthropicBase64ImageSource | AnthropicUrlImageSource
    type_: AnthropicImageBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "source",
            _union_field(
                (
                    ("AnthropicBase64ImageSource", AnthropicBase64ImageSource),
                    ("AnthropicUrlImageSource", AnthropicUrlImageSource),
                ),
                tag=(
                    "type",
                    (
                        "base64",
                        "url",
                    ),
                ),
            ),
        ),
        ("type", check_anthropic_image_block_param_type, "type_"),
    )
    _optional_ = (("cache_control", _model_field(AnthropicCacheControlDirective)),)
