from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_stream_error_event_type import (
    ImageGenStreamErrorEventType,
    check_image_gen_stream_error_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_gen_stream_error_event_error import ImageGenStreamErrorEventError


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

    _json_fields_ = (
        "error",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = ImageGenStreamErrorEventError.from_dict(d.pop("error"))

            _at_field_ = "type"
            type_ = check_image_gen_stream_error_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_gen_stream_error_event = cls(
            error=error,
            type_=type_,
        )

        image_gen_stream_error_event.additional_properties = d
        return image_gen_stream_error_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageGenStreamErrorEventError = _LazyModel(
        globals(), "modelgates_api.models.image_gen_stream_error_event_error", "ImageGenStreamErrorEventError"
    )
