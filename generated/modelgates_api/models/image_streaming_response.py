from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.image_gen_completed_event import ImageGenCompletedEvent
    from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent
    from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent
    from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent
else:
    ImageGenCompletedEvent = _LazyModel(globals(), "image_gen_completed_event", "ImageGenCompletedEvent")
    ImageGenPartialImageEvent = _LazyModel(globals(), "image_gen_partial_image_event", "ImageGenPartialImageEvent")
    ImageGenStreamErrorEvent = _LazyModel(globals(), "image_gen_stream_error_event", "ImageGenStreamErrorEvent")
    ImageGenTextChunkEvent = _LazyModel(globals(), "image_gen_text_chunk_event", "ImageGenTextChunkEvent")


@_attrs_define(repr=False, eq=False)
class ImageStreamingResponse(_ModelBase):
    """
    Example:
        {'data': {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}}

    """

    data: ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "data",
            _union_field(
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
            ),
        ),
    )
