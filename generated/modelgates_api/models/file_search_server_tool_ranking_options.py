from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_ranking_options_ranker import (
    FileSearchServerToolRankingOptionsRanker,
    check_file_search_server_tool_ranking_options_ranker,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FileSearchServerToolRankingOptions(_ModelBase):
    ranker: FileSearchServerToolRankingOptionsRanker | Unset = UNSET
    score_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "ranker",
        "score_threshold",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "ranker"
            _ranker = d.pop("ranker", UNSET)
            ranker: FileSearchServerToolRankingOptionsRanker | Unset
            if isinstance(_ranker, Unset):
                ranker = UNSET
            else:
                ranker = check_file_search_server_tool_ranking_options_ranker(_ranker)

            _at_field_ = "score_threshold"
            score_threshold = d.pop("score_threshold", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_search_server_tool_ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
        )

        file_search_server_tool_ranking_options.additional_properties = d
        return file_search_server_tool_ranking_options
