from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.video_generation_response_status import (
    VideoGenerationResponseStatus,
    check_video_generation_response_status,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.video_generation_usage import VideoGenerationUsage
else:
    VideoGenerationUsage = _LazyModel(globals(), "video_generation_usage", "VideoGenerationUsage")


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

    _required_ = (
        "id",
        "polling_url",
        ("status", check_video_generation_response_status),
    )
    _optional_ = (
        "error",
        "generation_id",
        "unsigned_urls",
        ("usage", _model_field(VideoGenerationUsage)),
    )
