from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_audio_type import ContentPartAudioType, check_content_part_audio_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl
else:
    ContentPartAudioAudioUrl = _LazyModel(globals(), "content_part_audio_audio_url", "ContentPartAudioAudioUrl")


@_attrs_define(repr=False, eq=False)
class ContentPartAudio(_ModelBase):
    """
    Example:
        {'audio_url': {'url': 'https://example.com/audio.mp3'}, 'type': 'audio_url'}

    """

    audio_url: ContentPartAudioAudioUrl
    type_: ContentPartAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("audio_url", _model_field(ContentPartAudioAudioUrl)),
        ("type", check_content_part_audio_type, "type_"),
    )
