from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = ("b64_json",)
    _optional_ = ("media_type",)
