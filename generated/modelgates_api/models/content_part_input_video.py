from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_input_video_type import ContentPartInputVideoType, check_content_part_input_video_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.multimodal_media import MultimodalMedia
else:
    MultimodalMedia = _LazyModel(globals(), "multimodal_media", "MultimodalMedia")


@_attrs_define(repr=False, eq=False)
class ContentPartInputVideo(_ModelBase):
    """
    Example:
        {'input_video': {'data': 'data:video/mp4;base64,AAAAGGZ0eXBtcDQyAAAAAGlzb21tcDQy...', 'format': 'mp4'}, 'type':
            'input_video'}

    """

    input_video: MultimodalMedia
    type_: ContentPartInputVideoType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_video", _model_field(MultimodalMedia)),
        ("type", check_content_part_input_video_type, "type_"),
    )
