from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class CreateRerankBodyDocumentsItemType1(_ModelBase):
    """A structured document with optional text and/or image content. At least one of `text` or `image` must be provided.

    Attributes:
        image (str | Unset): An image associated with the document, as a remote URL (http/https) or a base64-encoded
            data URI (data:image/...). Example: https://upload.wikimedia.org/wikipedia/commons/thumb/8/8b/Phytogenic.png.
        text (str | Unset): The document text Example: AI enables robots to perceive, plan, and act autonomously..
    """

    image: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "image",
        "text",
    )
