from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_file_document_source_type import (
    AnthropicFileDocumentSourceType,
    check_anthropic_file_document_source_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicFileDocumentSource(_ModelBase):
    """
    Example:
        {'file_id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file'}

    """

    file_id: str
    type_: AnthropicFileDocumentSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "file_id",
        ("type", check_anthropic_file_document_source_type, "type_"),
    )
