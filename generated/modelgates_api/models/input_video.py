from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_video_type import InputVideoType, check_input_video_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        ("type", check_input_video_type, "type_"),
        "video_url",
    )
