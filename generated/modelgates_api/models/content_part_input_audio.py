from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_input_audio_type import ContentPartInputAudioType, check_content_part_input_audio_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.multimodal_media import MultimodalMedia
else:
    MultimodalMedia = _LazyModel(globals(), "multimodal_media", "MultimodalMedia")


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
