from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_input_audio_type import ContentPartInputAudioType, check_content_part_input_audio_type
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.multimodal_media import MultimodalMedia
else:
    MultimodalMedia = _LazyModel(globals(), "modelgates_api.models.multimodal_media", "MultimodalMedia")


@_attrs_define(repr=False, eq=False)
class ContentPartInputAudio(_ModelBase):
    """
    Example:
        {'input_audio': {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...', 'format': 'wav'}, 'type':
            'input_audio'}

    """

    input_audio: MultimodalMedia
    type_: ContentPartInputAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_audio", _model_field(MultimodalMedia)),
        ("type", check_content_part_input_audio_type, "type_"),
    )
