from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ImageGenerationResponseDataItem(_ModelBase):
    """
    Attributes:
        b64_json (str): Base64-encoded image bytes
        media_type (str | Unset): Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
            `image/svg+xml`. May be omitted if the format could not be determined. Example: image/png.
    """

    b64_json: str
    media_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "b64_json",
        "media_type",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "b64_json"
            b64_json = d.pop("b64_json")

            _at_field_ = "media_type"
            media_type = d.pop("media_type", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_response_data_item = cls(
            b64_json=b64_json,
            media_type=media_type,
        )

        image_generation_response_data_item.additional_properties = d
        return image_generation_response_data_item
