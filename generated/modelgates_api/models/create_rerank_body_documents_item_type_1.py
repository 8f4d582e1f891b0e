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
        create_rerank_body_documents_item_type_1 = cls(
            image=image,
            text=text,
        )

        create_rerank_body_documents_item_type_1.additional_properties = d
        return create_rerank_body_documents_item_type_1
