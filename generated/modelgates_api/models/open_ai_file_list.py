from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_file_list_object import OpenAIFileListObject, check_open_ai_file_list_object
from ..models.open_ai_file_list_shape import OpenAIFileListShape, check_open_ai_file_list_shape
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.open_ai_file import OpenAIFile
else:
    OpenAIFile = _LazyModel(globals(), "open_ai_file", "OpenAIFile")


@_attrs_define(repr=False, eq=False)
class OpenAIFileList(_ModelBase):
    """A page of files in OpenAI's shape.

    Example:
        {'_shape': 'openai', 'data': [], 'first_id': None, 'has_more': False, 'last_id': None, 'object': 'list'}

    """

    field_shape: OpenAIFileListShape
    data: list[OpenAIFile]
    first_id: None | str
    has_more: bool
    last_id: None | str
    object_: OpenAIFileListObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_open_ai_file_list_shape, "field_shape"),
        ("data", _list_field(_model_field(OpenAIFile))),
        (
            "first_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "has_more",
        (
            "last_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("object", check_open_ai_file_list_object, "object_"),
    )
