from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_completed_event_type import ImageGenCompletedEventType, check_image_gen_completed_event_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_generation_usage import ImageGenerationUsage


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

    _json_fields_ = (
        "b64_json",
        "created",
        ("type_", "type"),
        "media_type",
        "usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "b64_json"
            b64_json = d.pop("b64_json")

            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "type"
            type_ = check_image_gen_completed_event_type(d.pop("type"))

            _at_field_ = "media_type"
            media_type = d.pop("media_type", UNSET)

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: ImageGenerationUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = ImageGenerationUsage.from_dict(_usage)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_gen_completed_event = cls(
            b64_json=b64_json,
            created=created,
            type_=type_,
            media_type=media_type,
            usage=usage,
        )

        image_gen_completed_event.additional_properties = d
        return image_gen_completed_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageGenerationUsage = _LazyModel(globals(), "modelgates_api.models.image_generation_usage", "ImageGenerationUsage")
