from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.frame_image_frame_type import FrameImageFrameType, check_frame_image_frame_type
from ..models.frame_image_type import FrameImageType, check_frame_image_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.frame_image_image_url import FrameImageImageUrl
else:
    FrameImageImageUrl = _LazyModel(globals(), "frame_image_image_url", "FrameImageImageUrl")


@_attrs_define(repr=False, eq=False)
class FrameImage(_ModelBase):
    """
    Example:
        {'frame_type': 'first_frame', 'image_url': {'url': 'https://example.com/image.png'}, 'type': 'image_url'}

    Attributes:
        frame_type (FrameImageFrameType): Whether this image represents the first or last frame of the video Example:
            first_frame.
    """

    image_url: FrameImageImageUrl
    type_: FrameImageType
    frame_type: FrameImageFrameType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("image_url", _model_field(FrameImageImageUrl)),
        ("type", check_frame_image_type, "type_"),
        ("frame_type", check_frame_image_frame_type),
    )
