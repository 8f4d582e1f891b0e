from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_search_server_tool_ranking_options_ranker import (
    FileSearchServerToolRankingOptionsRanker,
    check_file_search_server_tool_ranking_options_ranker,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class FileSearchServerToolRankingOptions(_ModelBase):
    ranker: FileSearchServerToolRankingOptionsRanker | Unset = UNSET
    score_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("ranker", check_file_search_server_tool_ranking_options_ranker),
        "score_threshold",
    )
