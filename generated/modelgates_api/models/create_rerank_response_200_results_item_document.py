from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class CreateRerankResponse200ResultsItemDocument(_ModelBase):
    """The document object echoing the original input (text and/or image)

    Attributes:
        image (str | Unset): The image (URL or data URI) from the original document Example:
            https://example.com/image.png.
        text (str | Unset): The document text Example: Paris is the capital of France..
    """

    image: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "image",
        "text",
    )
