from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_type import FileSearchServerToolType, check_file_search_server_tool_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.compound_filter import CompoundFilter
    from ..models.file_search_server_tool_filters_type_0 import FileSearchServerToolFiltersType0
    from ..models.file_search_server_tool_ranking_options import FileSearchServerToolRankingOptions


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

    _json_fields_ = (
        ("type_", "type"),
        "vector_store_ids",
        "filters",
        "max_num_results",
        "ranking_options",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_file_search_server_tool_type(d.pop("type"))

            _at_field_ = "vector_store_ids"
            vector_store_ids = cast(list[str], d.pop("vector_store_ids"))

            _at_field_ = "filters"
            filters = d.pop("filters", UNSET)
            if not isinstance(filters, (_NoneType, Unset)):
                filters = _parse_union(
                    filters,
                    (
                        ("FileSearchServerToolFiltersType0", FileSearchServerToolFiltersType0),
                        ("CompoundFilter", CompoundFilter),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "max_num_results"
            max_num_results = d.pop("max_num_results", UNSET)

            _at_field_ = "ranking_options"
            _ranking_options = d.pop("ranking_options", UNSET)
            ranking_options: FileSearchServerToolRankingOptions | Unset
            if isinstance(_ranking_options, Unset):
                ranking_options = UNSET
            else:
                ranking_options = FileSearchServerToolRankingOptions.from_dict(_ranking_options)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_search_server_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            filters=filters,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        file_search_server_tool.additional_properties = d
        return file_search_server_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CompoundFilter = _LazyModel(globals(), "modelgates_api.models.compound_filter", "CompoundFilter")
    FileSearchServerToolFiltersType0 = _LazyModel(
        globals(), "modelgates_api.models.file_search_server_tool_filters_type_0", "FileSearchServerToolFiltersType0"
    )
    FileSearchServerToolRankingOptions = _LazyModel(
        globals(), "modelgates_api.models.file_search_server_tool_ranking_options", "FileSearchServerToolRankingOptions"
    )
