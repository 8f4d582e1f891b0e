from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_gen_completed_event_type import ImageGenCompletedEventType, check_image_gen_completed_event_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.image_generation_usage import ImageGenerationUsage
else:
    ImageGenerationUsage = _LazyModel(globals(), "image_generation_usage", "ImageGenerationUsage")


@_attrs_define(repr=False, eq=False)
class ImageGenCompletedEvent(_ModelBase):
    """Emitted when generation completes and the final image is available

    Example:
        {'b64_json': '<base64-encoded-final-image>', 'created': 1748372400, 'type': 'image_generation.completed',
            'usage': {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        b64_json (str): Base64-encoded final image data
        created (int): Unix timestamp (seconds) when the image was generated
        type_ (ImageGenCompletedEventType): The event type
        media_type (str | Unset): Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
            `image/svg+xml`. May be omitted if the format could not be determined. Example: image/png.
        usage (ImageGenerationUsage | Unset): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    b64_json: str
    created: int
    type_: ImageGenCompletedEventType
    media_type: str | Unset = UNSET
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "b64_json",
        "created",
        ("type", check_image_gen_completed_event_type, "type_"),
    )
    _optional_ = (
        "media_type",
        ("usage", _model_field(ImageGenerationUsage)),
    )
