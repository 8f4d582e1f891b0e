from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.content_part_audio_type import (
    ContentPartAudioType,
    check_content_part_audio_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl


T = TypeVar("T", bound="ContentPartAudio")


@_attrs_define(repr=False, eq=False)
class ContentPartAudio(_ModelBase):
    """
    Example:
        {'audio_url': {'url': 'https://example.com/audio.mp3'}, 'type': 'audio_url'}

    Attributes:
        audio_url (ContentPartAudioAudioUrl):
        type_ (ContentPartAudioType):
    """

    audio_url: ContentPartAudioAudioUrl
    type_: ContentPartAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ContentPartAudioAudioUrl,) = _lazy_imports()
        audio_url = self.audio_url.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "audio_url": audio_url,
            "type": self.type_,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ContentPartAudioAudioUrl,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "audio_url"
            audio_url = ContentPartAudioAudioUrl.from_dict(d.pop("audio_url"))

            _at_field_ = "type"
            type_ = check_content_part_audio_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        content_part_audio = cls(
            audio_url=audio_url,
            type_=type_,
        )

        content_part_audio.additional_properties = d
        return content_part_audio


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.content_part_audio_audio_url import (
        ContentPartAudioAudioUrl,
    )

    return (ContentPartAudioAudioUrl,)
