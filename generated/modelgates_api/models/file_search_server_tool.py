from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_search_server_tool_type import FileSearchServerToolType, check_file_search_server_tool_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.compound_filter import CompoundFilter
    from ..models.file_search_server_tool_filters_type_0 import FileSearchServerToolFiltersType0
    from ..models.file_search_server_tool_ranking_options import FileSearchServerToolRankingOptions
else:
    CompoundFilter = _LazyModel(globals(), "compound_filter", "CompoundFilter")
    FileSearchServerToolFiltersType0 = _LazyModel(
        globals(), "file_search_server_tool_filters_type_0", "FileSearchServerToolFiltersType0"
    )
    FileSearchServerToolRankingOptions = _LazyModel(
        globals(), "file_search_server_tool_ranking_options", "FileSearchServerToolRankingOptions"
    )


@_attrs_define(repr=False, eq=False)
class FileSearchServerTool(_ModelBase):
    """File search tool configuration

    Example:
        {'type': 'file_search', 'vector_store_ids': ['vs_abc123']}

    """

    type_: FileSearchServerToolType
    vector_store_ids: list[str]
    filters: CompoundFilter | FileSearchServerToolFiltersType0 | None | Unset = UNSET
    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchServerToolRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_file_search_server_tool_type, "type_"),
        "vector_store_ids",
    )
    _optional_ = (
        (
            "filters",
            _union_field(
                (
                    ("FileSearchServerToolFiltersType0", FileSearchServerToolFiltersType0),
                    ("CompoundFilter", CompoundFilter),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "max_num_results",
        ("ranking_options", _model_field(FileSearchServerToolRankingOptions)),
    )
