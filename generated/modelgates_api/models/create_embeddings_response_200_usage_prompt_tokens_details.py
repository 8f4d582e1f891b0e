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

    _json_fields_ = (
        "audio_tokens",
        "file_tokens",
        "image_tokens",
        "text_tokens",
        "video_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "audio_tokens"
            audio_tokens = d.pop("audio_tokens", UNSET)

            _at_field_ = "file_tokens"
            file_tokens = d.pop("file_tokens", UNSET)

            _at_field_ = "image_tokens"
            image_tokens = d.pop("image_tokens", UNSET)

            _at_field_ = "text_tokens"
            text_tokens = d.pop("text_tokens", UNSET)

            _at_field_ = "video_tokens"
            video_tokens = d.pop("video_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_response_200_usage_prompt_tokens_details = cls(
            audio_tokens=audio_tokens,
            file_tokens=file_tokens,
            image_tokens=image_tokens,
            text_tokens=text_tokens,
            video_tokens=video_tokens,
        )

        create_embeddings_response_200_usage_prompt_tokens_details.additional_properties = d
        return create_embeddings_response_200_usage_prompt_tokens_details
