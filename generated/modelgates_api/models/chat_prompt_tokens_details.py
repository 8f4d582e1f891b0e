from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatPromptTokensDetails(_ModelBase):
    """Breakdown of prompt tokens."""

    cached_tokens: int | Unset = UNSET
    cache_write_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "cached_tokens",
        "cache_write_tokens",
        "audio_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cached_tokens"
            cached_tokens = d.pop("cached_tokens", UNSET)

            _at_field_ = "cache_write_tokens"
            cache_write_tokens = d.pop("cache_write_tokens", UNSET)

            _at_field_ = "audio_tokens"
            audio_tokens = d.pop("audio_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_prompt_tokens_details = cls(
            cached_tokens=cached_tokens,
            cache_write_tokens=cache_write_tokens,
            audio_tokens=audio_tokens,
        )

        chat_prompt_tokens_details.additional_properties = d
        return chat_prompt_tokens_details
