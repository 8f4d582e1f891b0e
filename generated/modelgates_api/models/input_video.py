from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_video_type import InputVideoType, check_input_video_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class InputVideo(_ModelBase):
    """Video input content item

    Example:
        {'type': 'input_video', 'video_url': 'https://example.com/video.mp4'}

    Attributes:
        video_url (str): A base64 data URL or remote URL that resolves to a video file
    """

    type_: InputVideoType
    video_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "video_url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_input_video_type(d.pop("type"))

            _at_field_ = "video_url"
            video_url = d.pop("video_url")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        input_video = cls(
            type_=type_,
            video_url=video_url,
        )

        input_video.additional_properties = d
        return input_video
