from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_file_shape import AnthropicFileShape, check_anthropic_file_shape
from ..models.anthropic_file_type import AnthropicFileType, check_anthropic_file_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        ("_shape", check_anthropic_file_shape, "field_shape"),
        "created_at",
        "downloadable",
        "filename",
        "id",
        "mime_type",
        "size_bytes",
        ("type", check_anthropic_file_type, "type_"),
    )
