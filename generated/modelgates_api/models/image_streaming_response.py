from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_gen_completed_event import ImageGenCompletedEvent
    from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent
    from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent
    from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent


@_attrs_define(repr=False, eq=False)
class ImageStreamingResponse(_ModelBase):
    """
    Example:
        {'data': {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}}

    """

    data: ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")
            data = _parse_union(
                data,
                (
                    ("ImageGenPartialImageEvent", ImageGenPartialImageEvent),
                    ("ImageGenTextChunkEvent", ImageGenTextChunkEvent),
                    ("ImageGenCompletedEvent", ImageGenCompletedEvent),
                    ("ImageGenStreamErrorEvent", ImageGenStreamErrorEvent),
                ),
                tag=(
                    "type",
                    (
                        "image_generation.partial_image",
                        "image_generation.text_chunk",
                        "image_generation.completed",
                        "error",
                    ),
                ),
            )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_streaming_response = cls(
            data=data,
        )

        image_streaming_response.additional_properties = d
        return image_streaming_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageGenCompletedEvent = _LazyModel(
        globals(), "modelgates_api.models.image_gen_completed_event", "ImageGenCompletedEvent"
    )
    ImageGenPartialImageEvent = _LazyModel(
        globals(), "modelgates_api.models.image_gen_partial_image_event", "ImageGenPartialImageEvent"
    )
    ImageGenStreamErrorEvent = _LazyModel(
        globals(), "modelgates_api.models.image_gen_stream_error_event", "ImageGenStreamErrorEvent"
    )
    ImageGenTextChunkEvent = _LazyModel(
        globals(), "modelgates_api.models.image_gen_text_chunk_event", "ImageGenTextChunkEvent"
    )
