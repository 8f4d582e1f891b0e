from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatVideoUrl(_ModelBase):
    """Video reference.

    Attributes:
        url (str): URL of the video, or a base64 data URL.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("url",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "url"
            url = d.pop("url")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_video_url = cls(
            url=url,
        )

        chat_video_url.additional_properties = d
        return chat_video_url
