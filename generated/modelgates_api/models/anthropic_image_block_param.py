from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_image_block_param_type import (
    AnthropicImageBlockParamType,
    check_anthropic_image_block_param_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_url_image_source import AnthropicUrlImageSource


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

    _json_fields_ = (
        "source",
        ("type_", "type"),
        "cache_control",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "source"
            source = d.pop("source")
            source = _parse_union(
                source,
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
            )

            _at_field_ = "type"
            type_ = check_anthropic_image_block_param_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_image_block_param = cls(
            source=source,
            type_=type_,
            cache_control=cache_control,
        )

        anthropic_image_block_param.additional_properties = d
        return anthropic_image_block_param


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicBase64ImageSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_base_64_image_source", "AnthropicBase64ImageSource"
    )
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicUrlImageSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_url_image_source", "AnthropicUrlImageSource"
    )
