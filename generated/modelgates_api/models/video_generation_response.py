from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_response_status import (
    VideoGenerationResponseStatus,
    check_video_generation_response_status,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.video_generation_usage import VideoGenerationUsage


@_attrs_define(repr=False, eq=False)
class VideoGenerationResponse(_ModelBase):
    """
    Example:
        {'generation_id': 'gen-xyz789', 'id': 'job-abc123', 'polling_url': '/api/v1/videos/job-abc123', 'status':
            'pending'}

    Attributes:
        generation_id (str | Unset): The generation ID associated with this video generation job. Available once the job
            has been processed.
        usage (VideoGenerationUsage | Unset): Usage and cost information for the video generation. Available once the
            job has completed. Example: {'cost': 0.5, 'is_byok': False}.
    """

    id: str
    polling_url: str
    status: VideoGenerationResponseStatus
    error: str | Unset = UNSET
    generation_id: str | Unset = UNSET
    unsigned_urls: list[str] | Unset = UNSET
    usage: VideoGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "polling_url",
        "status",
        "error",
        "generation_id",
        "unsigned_urls",
        "usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "polling_url"
            polling_url = d.pop("polling_url")

            _at_field_ = "status"
            status = check_video_generation_response_status(d.pop("status"))

            _at_field_ = "error"
            error = d.pop("error", UNSET)

            _at_field_ = "generation_id"
            generation_id = d.pop("generation_id", UNSET)

            _at_field_ = "unsigned_urls"
            unsigned_urls = cast(list[str], d.pop("unsigned_urls", UNSET))

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: VideoGenerationUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = VideoGenerationUsage.from_dict(_usage)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        video_generation_response = cls(
            id=id,
            polling_url=polling_url,
            status=status,
            error=error,
            generation_id=generation_id,
            unsigned_urls=unsigned_urls,
            usage=usage,
        )

        video_generation_response.additional_properties = d
        return video_generation_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    VideoGenerationUsage = _LazyModel(globals(), "modelgates_api.models.video_generation_usage", "VideoGenerationUsage")
