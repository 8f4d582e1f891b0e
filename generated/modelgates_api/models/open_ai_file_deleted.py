from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_file_deleted_object import OpenAIFileDeletedObject, check_open_ai_file_deleted_object
from ..models.open_ai_file_deleted_shape import OpenAIFileDeletedShape, check_open_ai_file_deleted_shape
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIFileDeleted(_ModelBase):
    """Deletion result in OpenAI's shape.

    Example:
        {'_shape': 'openai', 'deleted': True, 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'object': 'file'}

    """

    field_shape: OpenAIFileDeletedShape
    deleted: bool
    id: str
    object_: OpenAIFileDeletedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_open_ai_file_deleted_shape, "field_shape"),
        "deleted",
        "id",
        ("object", check_open_ai_file_deleted_object, "object_"),
    )
