from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_audio_type import ContentPartAudioType, check_content_part_audio_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.content_part_audio_audio_url import ContentPartAudioAudioUrl


@_attrs_define(repr=False, eq=False)
class ContentPartAudio(_ModelBase):
    """
    Example:
        {'audio_url': {'url': 'https://example.com/audio.mp3'}, 'type': 'audio_url'}

    """

    audio_url: ContentPartAudioAudioUrl
    type_: ContentPartAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "audio_url",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentPartAudioAudioUrl = _LazyModel(
        globals(), "modelgates_api.models.content_part_audio_audio_url", "ContentPartAudioAudioUrl"
    )
