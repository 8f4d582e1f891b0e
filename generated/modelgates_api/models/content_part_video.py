from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_video_type import ContentPartVideoType, check_content_part_video_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.content_part_video_video_url import ContentPartVideoVideoUrl
else:
    ContentPartVideoVideoUrl = _LazyModel(globals(), "content_part_video_video_url", "ContentPartVideoVideoUrl")


@_attrs_define(repr=False, eq=False)
class ContentPartVideo(_ModelBase):
    """
    Example:
        {'type': 'video_url', 'video_url': {'url': 'https://example.com/clip.mp4'}}

    """

    type_: ContentPartVideoType
    video_url: ContentPartVideoVideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_content_part_video_type, "type_"),
        ("video_url", _model_field(ContentPartVideoVideoUrl)),
    )
