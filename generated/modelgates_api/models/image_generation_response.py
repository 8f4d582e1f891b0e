from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.image_generation_response_data_item import ImageGenerationResponseDataItem
    from ..models.image_generation_usage import ImageGenerationUsage
else:
    ImageGenerationResponseDataItem = _LazyModel(
        globals(), "image_generation_response_data_item", "ImageGenerationResponseDataItem"
    )
    ImageGenerationUsage = _LazyModel(globals(), "image_generation_usage", "ImageGenerationUsage")


@_attrs_define(repr=False, eq=False)
class ImageGenerationResponse(_ModelBase):
    """Image generation response

    Example:
        {'created': 1748372400, 'data': [{'b64_json': '<base64-encoded-image>'}], 'usage': {'completion_tokens': 4175,
            'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        created (int): Unix timestamp (seconds) when the image was generated Example: 1748372400.
        data (list[ImageGenerationResponseDataItem]): Generated images
        usage (ImageGenerationUsage | Unset): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "created",
        ("data", _list_field(_model_field(ImageGenerationResponseDataItem))),
    )
    _optional_ = (("usage", _model_field(ImageGenerationUsage)),)
