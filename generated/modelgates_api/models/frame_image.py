from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frame_image_frame_type import FrameImageFrameType, check_frame_image_frame_type
from ..models.frame_image_type import FrameImageType, check_frame_image_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.frame_image_image_url import FrameImageImageUrl


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

    _json_fields_ = (
        "image_url",
        ("type_", "type"),
        "frame_type",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "image_url"
            image_url = FrameImageImageUrl.from_dict(d.pop("image_url"))

            _at_field_ = "type"
            type_ = check_frame_image_type(d.pop("type"))

            _at_field_ = "frame_type"
            frame_type = check_frame_image_frame_type(d.pop("frame_type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        frame_image = cls(
            image_url=image_url,
            type_=type_,
            frame_type=frame_type,
        )

        frame_image.additional_properties = d
        return frame_image


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FrameImageImageUrl = _LazyModel(globals(), "modelgates_api.models.frame_image_image_url", "FrameImageImageUrl")
