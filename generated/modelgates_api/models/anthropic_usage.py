from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_service_tier import AnthropicServiceTier, check_anthropic_service_tier
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    guarded as _guarded,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
else:
    AnthropicCacheCreation = _LazyModel(globals(), "anthropic_cache_creation", "AnthropicCacheCreation")
    AnthropicOutputTokensDetails = _LazyModel(
        globals(), "anthropic_output_tokens_details", "AnthropicOutputTokensDetails"
    )
    AnthropicServerToolUsage = _LazyModel(globals(), "anthropic_server_tool_usage", "AnthropicServerToolUsage")


@_attrs_define(repr=False, eq=False)
class AnthropicUsage(_ModelBase):
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo':
            None, 'input_tokens': 100, 'output_tokens': 50, 'output_tokens_details': None, 'server_tool_use': None,
            'service_tier': 'standard'}

    """

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: None | str
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: AnthropicServiceTier | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "cache_creation",
            _union_field((("AnthropicCacheCreation", AnthropicCacheCreation),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "cache_creation_input_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "cache_read_input_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "inference_geo",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "input_tokens",
        "output_tokens",
        (
            "output_tokens_details",
            _union_field(
                (("AnthropicOutputTokensDetails", AnthropicOutputTokensDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "server_tool_use",
            _union_field(
                (("AnthropicServerToolUsage", AnthropicServerToolUsage),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "service_tier",
            _union_field(
                (("AnthropicServiceTier", _guarded((str,), check_anthropic_service_tier)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
