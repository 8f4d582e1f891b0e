from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatPromptTokensDetails(_ModelBase):
    """Breakdown of prompt tokens."""

    cached_tokens: int | Unset = UNSET
    cache_write_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "cached_tokens",
        "cache_write_tokens",
        "audio_tokens",
    )
