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
class ChatCompletionTokensDetails(_ModelBase):
    """Breakdown of completion tokens."""

    reasoning_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "reasoning_tokens",
        "audio_tokens",
        "image_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "reasoning_tokens"
            reasoning_tokens = d.pop("reasoning_tokens", UNSET)

            _at_field_ = "audio_tokens"
            audio_tokens = d.pop("audio_tokens", UNSET)

            _at_field_ = "image_tokens"
            image_tokens = d.pop("image_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_completion_tokens_details = cls(
            reasoning_tokens=reasoning_tokens,
            audio_tokens=audio_tokens,
            image_tokens=image_tokens,
        )

        chat_completion_tokens_details.additional_properties = d
        return chat_completion_tokens_details
