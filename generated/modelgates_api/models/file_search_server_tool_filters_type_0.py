from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_search_server_tool_filters_type_0_type import (
    FileSearchServerToolFiltersType0Type,
    check_file_search_server_tool_filters_type_0_type,
)
from ..types import ModelBase as _ModelBase, guarded as _guarded, list_field as _list_field, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class FileSearchServerToolFiltersType0(_ModelBase):
    key: str
    type_: FileSearchServerToolFiltersType0Type
    value: bool | float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "key",
        ("type", check_file_search_server_tool_filters_type_0_type, "type_"),
        (
            "value",
            _union_field(
                (
                    (
                        "list[float | str]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (),
                                    plain=(
                                        str,
                                        float,
                                        int,
                                    ),
                                    skip=(
                                        str,
                                        float,
                                        int,
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(
                    str,
                    float,
                    int,
                    bool,
                ),
            ),
        ),
    )
