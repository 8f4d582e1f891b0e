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
class ImageGenerationUsagePromptTokensDetailsType0(_ModelBase):
    """Breakdown of tokens used in the prompt.

    Attributes:
        audio_tokens (int | None | Unset): Tokens used for input audio.
        cache_write_tokens (int | None | Unset): Tokens written to cache. Only returned for models with explicit caching
            and cache write pricing.
        cached_tokens (int | None | Unset): Tokens cached by the endpoint.
        file_tokens (int | None | Unset): Tokens used for input files/documents.
        video_tokens (int | None | Unset): Tokens used for input video.
    """

    audio_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cached_tokens: int | None | Unset = UNSET
    file_tokens: int | None | Unset = UNSET
    video_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "audio_tokens",
        "cache_write_tokens",
        "cached_tokens",
        "file_tokens",
        "video_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "audio_tokens"
            audio_tokens = d.pop("audio_tokens", UNSET)
            if not isinstance(audio_tokens, (int, _NoneType, Unset)):
                audio_tokens = _parse_union(
                    audio_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "cache_write_tokens"
            cache_write_tokens = d.pop("cache_write_tokens", UNSET)
            if not isinstance(cache_write_tokens, (int, _NoneType, Unset)):
                cache_write_tokens = _parse_union(
                    cache_write_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "cached_tokens"
            cached_tokens = d.pop("cached_tokens", UNSET)
            if not isinstance(cached_tokens, (int, _NoneType, Unset)):
                cached_tokens = _parse_union(
                    cached_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "file_tokens"
            file_tokens = d.pop("file_tokens", UNSET)
            if not isinstance(file_tokens, (int, _NoneType, Unset)):
                file_tokens = _parse_union(
                    file_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "video_tokens"
            video_tokens = d.pop("video_tokens", UNSET)
            if not isinstance(video_tokens, (int, _NoneType, Unset)):
                video_tokens = _parse_union(
                    video_tokens,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_usage_prompt_tokens_details_type_0 = cls(
            audio_tokens=audio_tokens,
            cache_write_tokens=cache_write_tokens,
            cached_tokens=cached_tokens,
            file_tokens=file_tokens,
            video_tokens=video_tokens,
        )

        image_generation_usage_prompt_tokens_details_type_0.additional_properties = d
        return image_generation_usage_prompt_tokens_details_type_0
