from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_file_shape import AnthropicFileShape, check_anthropic_file_shape
from ..models.anthropic_file_type import AnthropicFileType, check_anthropic_file_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicFile(_ModelBase):
    """A stored file in Anthropic's Files API shape.

    Example:
        {'_shape': 'anthropic', 'created_at': '2025-01-01T00:00:00Z', 'downloadable': False, 'filename': 'document.pdf',
            'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'mime_type': 'application/pdf', 'size_bytes': 1024000, 'type': 'file'}

    """

    field_shape: AnthropicFileShape
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type_: AnthropicFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("field_shape", "_shape"),
        "created_at",
        "downloadable",
        "filename",
        "id",
        "mime_type",
        "size_bytes",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "_shape"
            field_shape = check_anthropic_file_shape(d.pop("_shape"))

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "downloadable"
            downloadable = d.pop("downloadable")

            _at_field_ = "filename"
            filename = d.pop("filename")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "mime_type"
            mime_type = d.pop("mime_type")

            _at_field_ = "size_bytes"
            size_bytes = d.pop("size_bytes")

            _at_field_ = "type"
            type_ = check_anthropic_file_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_file = cls(
            field_shape=field_shape,
            created_at=created_at,
            downloadable=downloadable,
            filename=filename,
            id=id,
            mime_type=mime_type,
            size_bytes=size_bytes,
            type_=type_,
        )

        anthropic_file.additional_properties = d
        return anthropic_file
