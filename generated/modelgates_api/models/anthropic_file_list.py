from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_file_list_shape import AnthropicFileListShape, check_anthropic_file_list_shape
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_file import AnthropicFile
else:
    AnthropicFile = _LazyModel(globals(), "anthropic_file", "AnthropicFile")


@_attrs_define(repr=False, eq=False)
class AnthropicFileList(_ModelBase):
    """A page of files in Anthropic's shape.

    Example:
        {'_shape': 'anthropic', 'data': [], 'first_id': None, 'has_more': False, 'last_id': None}

    """

    field_shape: AnthropicFileListShape
    data: list[AnthropicFile]
    first_id: None | str
    has_more: bool
    last_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_anthropic_file_list_shape, "field_shape"),
        ("data", _list_field(_model_field(AnthropicFile))),
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
    )
