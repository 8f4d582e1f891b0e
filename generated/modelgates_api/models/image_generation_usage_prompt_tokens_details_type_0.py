from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


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

    _optional_ = (
        (
            "audio_tokens",
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
            "cache_write_tokens",
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
            "cached_tokens",
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
            "file_tokens",
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
            "video_tokens",
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
    )
