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

    _json_fields_ = (
        "image",
        "text",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "image"
            image = d.pop("image", UNSET)

            _at_field_ = "text"
            text = d.pop("text", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_rerank_response_200_results_item_document = cls(
            image=image,
            text=text,
        )

        create_rerank_response_200_results_item_document.additional_properties = d
        return create_rerank_response_200_results_item_document
