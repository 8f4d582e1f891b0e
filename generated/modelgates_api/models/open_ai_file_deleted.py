from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_deleted_object import OpenAIFileDeletedObject, check_open_ai_file_deleted_object
from ..models.open_ai_file_deleted_shape import OpenAIFileDeletedShape, check_open_ai_file_deleted_shape
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        ("field_shape", "_shape"),
        "deleted",
        "id",
        ("object_", "object"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "_shape"
            field_shape = check_open_ai_file_deleted_shape(d.pop("_shape"))

            _at_field_ = "deleted"
            deleted = d.pop("deleted")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "object"
            object_ = check_open_ai_file_deleted_object(d.pop("object"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_file_deleted = cls(
            field_shape=field_shape,
            deleted=deleted,
            id=id,
            object_=object_,
        )

        open_ai_file_deleted.additional_properties = d
        return open_ai_file_deleted
