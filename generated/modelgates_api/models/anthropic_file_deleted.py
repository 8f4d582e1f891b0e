from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_file_deleted_shape import AnthropicFileDeletedShape, check_anthropic_file_deleted_shape
from ..models.anthropic_file_deleted_type import AnthropicFileDeletedType, check_anthropic_file_deleted_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicFileDeleted(_ModelBase):
    """Deletion result in Anthropic's shape.

    Example:
        {'_shape': 'anthropic', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file_deleted'}

    """

    field_shape: AnthropicFileDeletedShape
    id: str
    type_: AnthropicFileDeletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_anthropic_file_deleted_shape, "field_shape"),
        "id",
        ("type", check_anthropic_file_deleted_type, "type_"),
    )
