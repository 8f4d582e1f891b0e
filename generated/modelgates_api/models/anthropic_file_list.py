from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_file_list_shape import AnthropicFileListShape, check_anthropic_file_list_shape
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_file import AnthropicFile


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

    _json_fields_ = (
        ("field_shape", "_shape"),
        "data",
        "first_id",
        "has_more",
        "last_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "_shape"
            field_shape = check_anthropic_file_list_shape(d.pop("_shape"))

            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = AnthropicFile.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "first_id"
            first_id = d.pop("first_id")
            if not isinstance(first_id, (str, _NoneType)):
                first_id = _parse_union(
                    first_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "has_more"
            has_more = d.pop("has_more")

            _at_field_ = "last_id"
            last_id = d.pop("last_id")
            if not isinstance(last_id, (str, _NoneType)):
                last_id = _parse_union(
                    last_id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_file_list = cls(
            field_shape=field_shape,
            data=data,
            first_id=first_id,
            has_more=has_more,
            last_id=last_id,
        )

        anthropic_file_list.additional_properties = d
        return anthropic_file_list


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicFile = _LazyModel(globals(), "modelgates_api.models.anthropic_file", "AnthropicFile")
