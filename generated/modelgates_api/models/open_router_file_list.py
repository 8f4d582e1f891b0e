from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_router_file_list_shape import OpenRouterFileListShape, check_open_router_file_list_shape
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.open_router_file import OpenRouterFile
else:
    OpenRouterFile = _LazyModel(globals(), "open_router_file", "OpenRouterFile")


@_attrs_define(repr=False, eq=False)
class OpenRouterFileList(_ModelBase):
    """A page of files in the OpenRouter shape.

    Example:
        {'_shape': 'openrouter', 'cursor': None, 'data': [], 'first_id': None, 'has_more': False, 'last_id': None}

    Attributes:
        cursor (None | str): Opaque cursor for the next page; null when there are no more results.
    """

    field_shape: OpenRouterFileListShape
    cursor: None | str
    data: list[OpenRouterFile]
    first_id: None | str
    has_more: bool
    last_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("_shape", check_open_router_file_list_shape, "field_shape"),
        (
            "cursor",
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
        ("data", _list_field(_model_field(OpenRouterFile))),
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
