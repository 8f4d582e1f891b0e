from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UsageInputTokensDetails(_ModelBase):
    cached_tokens: int
    cache_write_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "cached_tokens",
        "cache_write_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cached_tokens"
            cached_tokens = d.pop("cached_tokens")

            _at_field_ = "cache_write_tokens"
            cache_write_tokens = d.pop("cache_write_tokens", UNSET)
            if not isinstance(cache_write_tokens, (int, _NoneType, Unset)):
                cache_write_tokens = _parse_union(
                    cache_write_tokens,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        usage_input_tokens_details = cls(
            cached_tokens=cached_tokens,
            cache_write_tokens=cache_write_tokens,
        )

        usage_input_tokens_details.additional_properties = d
        return usage_input_tokens_details
