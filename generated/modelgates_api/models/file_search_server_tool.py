from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_type import FileSearchServerToolType, check_file_search_server_tool_type
from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import model_field as _model_field
from ..types import union_field as _union_field

if TYPE_CHECKING:
    from ..models.compound_filter import CompoundFilter
    from ..models.file_search_server_tool_filters_type_0 import FileSearchServerToolFiltersType0
    from ..models.file_search_server_tool_ranking_options import FileSearchServerToolRankingOptions
else:
    CompoundFilter = _LazyModel(globals(), "modelgates_api.models.compound_filter", "CompoundFilter")
    FileSearchServerToolFiltersType0 = _LazyModel(
        globals(), "modelgates_api.models.file_search_server_tool_filters_type_0", "FileSearchServerToolFiltersType0"
    )
    FileSearchServerToolRankingOptions = _LazyModel(
        globals(), "modelgates_api.models.file_search_server_tool_ranking_options", "FileSearchServerToolRankingOptions"
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
