from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsResponse200UsagePromptTokensDetails(_ModelBase):
    """Per-modality token breakdown. Only present when the input contains 2+ modalities (e.g. text + image) and the
    upstream provider returns modality-level usage data. Only non-zero modality counts are included.

        Attributes:
            audio_tokens (int | Unset): Number of audio tokens in the input
            file_tokens (int | Unset): Number of file/document tokens in the input
            image_tokens (int | Unset): Number of image tokens in the input Example: 258.
            text_tokens (int | Unset): Number of text tokens in the input Example: 8.
            video_tokens (int | Unset): Number of video tokens in the input
    """

    audio_tokens: int | Unset = UNSET
    file_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    text_tokens: int | Unset = UNSET
    video_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "audio_tokens",
        "file_tokens",
        "image_tokens",
        "text_tokens",
        "video_tokens",
    )
