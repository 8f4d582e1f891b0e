from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_router_file_deleted_shape import OpenRouterFileDeletedShape, check_open_router_file_deleted_shape
from ..models.open_router_file_deleted_type import OpenRouterFileDeletedType, check_open_router_file_deleted_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        ("field_shape", "_shape"),
        "id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "_shape"
            field_shape = check_open_router_file_deleted_shape(d.pop("_shape"))

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "type"
            type_ = check_open_router_file_deleted_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_router_file_deleted = cls(
            field_shape=field_shape,
            id=id,
            type_=type_,
        )

        open_router_file_deleted.additional_properties = d
        return open_router_file_deleted
