from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.content_part_video_type import (
    ContentPartVideoType,
    check_content_part_video_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.content_part_video_video_url import ContentPartVideoVideoUrl


T = TypeVar("T", bound="ContentPartVideo")


@_attrs_define(repr=False, eq=False)
class ContentPartVideo(_ModelBase):
    """
    Example:
        {'type': 'video_url', 'video_url': {'url': 'https://example.com/clip.mp4'}}

    Attributes:
        type_ (ContentPartVideoType):
        video_url (ContentPartVideoVideoUrl):
    """

    type_: ContentPartVideoType
    video_url: ContentPartVideoVideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ContentPartVideoVideoUrl,) = _lazy_imports()
        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_,
            "video_url": video_url,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ContentPartVideoVideoUrl,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_content_part_video_type(d.pop("type"))

            _at_field_ = "video_url"
            video_url = ContentPartVideoVideoUrl.from_dict(d.pop("video_url"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        content_part_video = cls(
            type_=type_,
            video_url=video_url,
        )

        content_part_video.additional_properties = d
        return content_part_video


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.content_part_video_video_url import (
        ContentPartVideoVideoUrl,
    )

    return (ContentPartVideoVideoUrl,)
