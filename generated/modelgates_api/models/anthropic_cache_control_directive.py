from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_cache_control_directive_type import (
    AnthropicCacheControlDirectiveType,
    check_anthropic_cache_control_directive_type,
)
from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl, check_anthropic_cache_control_ttl
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        ("type_", "type"),
        "ttl",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_anthropic_cache_control_directive_type(d.pop("type"))

            _at_field_ = "ttl"
            _ttl = d.pop("ttl", UNSET)
            ttl: AnthropicCacheControlTtl | Unset
            if isinstance(_ttl, Unset):
                ttl = UNSET
            else:
                ttl = check_anthropic_cache_control_ttl(_ttl)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_cache_control_directive = cls(
            type_=type_,
            ttl=ttl,
        )

        anthropic_cache_control_directive.additional_properties = unknown_fields(d)
        return anthropic_cache_control_directive
