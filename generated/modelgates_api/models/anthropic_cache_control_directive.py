from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.anthropic_cache_control_directive_type import (
    AnthropicCacheControlDirectiveType,
    check_anthropic_cache_control_directive_type,
)
from ..models.anthropic_cache_control_ttl import (
    AnthropicCacheControlTtl,
    check_anthropic_cache_control_ttl,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicCacheControlDirective")


@_attrs_define
class AnthropicCacheControlDirective:
    """Prompt-caching breakpoint. At the top level of a request, the cache breakpoint is applied automatically to the last
    cacheable block. Currently supported for Anthropic Claude models.

        Attributes:
            type_ (AnthropicCacheControlDirectiveType):
            ttl (AnthropicCacheControlTtl | Unset): Lifetime of a prompt-cache breakpoint.
    """

    type_: AnthropicCacheControlDirectiveType
    ttl: AnthropicCacheControlTtl | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_anthropic_cache_control_directive_type(d.pop("type"))

        _ttl = d.pop("ttl", UNSET)
        ttl: AnthropicCacheControlTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = check_anthropic_cache_control_ttl(_ttl)

        anthropic_cache_control_directive = cls(
            type_=type_,
            ttl=ttl,
        )

        return anthropic_cache_control_directive
