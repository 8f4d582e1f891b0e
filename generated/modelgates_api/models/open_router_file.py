from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_router_file_shape import OpenRouterFileShape, check_open_router_file_shape
from ..models.open_router_file_type import OpenRouterFileType, check_open_router_file_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenRouterFile(_ModelBase):
    """A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only fields.

    Example:
        {'_shape': 'openrouter', 'created_at': '2025-01-01T00:00:00Z', 'downloadable': False, 'filename':
            'document.pdf', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'mime_type': 'application/pdf', 'size_bytes': 1024000,
            'type': 'file'}

    """

    field_shape: OpenRouterFileShape
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type_: OpenRouterFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_open_router_file_shape, "field_shape"),
        "created_at",
        "downloadable",
        "filename",
        "id",
        "mime_type",
        "size_bytes",
        ("type", check_open_router_file_type, "type_"),
    )
