from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_gen_stream_error_event_type import (
    ImageGenStreamErrorEventType,
    check_image_gen_stream_error_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.image_gen_stream_error_event_error import ImageGenStreamErrorEventError
else:
    ImageGenStreamErrorEventError = _LazyModel(
        globals(), "image_gen_stream_error_event_error", "ImageGenStreamErrorEventError"
    )


@_attrs_define(repr=False, eq=False)
class ImageGenStreamErrorEvent(_ModelBase):
    """Emitted when streaming generation fails after the SSE response starts

    Example:
        {'error': {'code': 'upstream_error', 'message': 'The upstream provider returned an error', 'param': None,
            'type': 'provider_error'}, 'type': 'error'}

    Attributes:
        error (ImageGenStreamErrorEventError): Provider error details
        type_ (ImageGenStreamErrorEventType): The event type
    """

    error: ImageGenStreamErrorEventError
    type_: ImageGenStreamErrorEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error", _model_field(ImageGenStreamErrorEventError)),
        ("type", check_image_gen_stream_error_event_type, "type_"),
    )
