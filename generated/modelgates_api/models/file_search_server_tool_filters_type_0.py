from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_filters_type_0_type import (
    FileSearchServerToolFiltersType0Type,
    check_file_search_server_tool_filters_type_0_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FileSearchServerToolFiltersType0(_ModelBase):
    key: str
    type_: FileSearchServerToolFiltersType0Type
    value: bool | float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "key",
        ("type_", "type"),
        "value",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "key"
            key = d.pop("key")

            _at_field_ = "type"
            type_ = check_file_search_server_tool_filters_type_0_type(d.pop("type"))

            _at_field_ = "value"
            value = d.pop("value")

            def _value_member_3(data: object) -> list[float | str]:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = []
                _value_type_3 = data
                for _value_type_3_item_data_index, value_type_3_item_data in enumerate(_as_list(_value_type_3)):
                    try:
                        value_type_3_item = value_type_3_item_data
                        if not isinstance(value_type_3_item, (str, float, int)):
                            value_type_3_item = _parse_union(
                                value_type_3_item,
                                (),
                                plain=(str, float, int),
                            )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _value_type_3_item_data_index)
                    value_type_3.append(value_type_3_item)

                return value_type_3

            value = _parse_union(
                value,
                (("list[float | str]", _value_member_3),),
                plain=(str, float, int, bool),
            )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_search_server_tool_filters_type_0 = cls(
            key=key,
            type_=type_,
            value=value,
        )

        file_search_server_tool_filters_type_0.additional_properties = d
        return file_search_server_tool_filters_type_0
