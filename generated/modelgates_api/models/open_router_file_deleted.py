from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_router_file_deleted_shape import OpenRouterFileDeletedShape, check_open_router_file_deleted_shape
from ..models.open_router_file_deleted_type import OpenRouterFileDeletedType, check_open_router_file_deleted_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenRouterFileDeleted(_ModelBase):
    """Deletion result in the OpenRouter shape.

    Example:
        {'_shape': 'openrouter', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file_deleted'}

    """

    field_shape: OpenRouterFileDeletedShape
    id: str
    type_: OpenRouterFileDeletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_open_router_file_deleted_shape, "field_shape"),
        "id",
        ("type", check_open_router_file_deleted_type, "type_"),
    )
