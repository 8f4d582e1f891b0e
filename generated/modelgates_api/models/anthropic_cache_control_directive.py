from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_cache_control_directive_type import (
    AnthropicCacheControlDirectiveType,
    check_anthropic_cache_control_directive_type,
)
from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl, check_anthropic_cache_control_ttl
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class AnthropicCacheControlDirective(_ModelBase):
    """Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last
    cacheable block. Currently supported for Anthropic Claude models.

        Attributes:
            ttl (AnthropicCacheControlTtl | Unset): Lifetime of a prompt-cache breakpoint.
    """

    type_: AnthropicCacheControlDirectiveType
    ttl: AnthropicCacheControlTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_anthropic_cache_control_directive_type, "type_"),)
    _optional_ = (("ttl", check_anthropic_cache_control_ttl),)
    _extras_ = CLOSED
