from typing import Literal

from ..types import check_enum

FileSearchServerToolRankingOptionsRanker = Literal["auto", "default-2024-11-15"] | str

FILE_SEARCH_SERVER_TOOL_RANKING_OPTIONS_RANKER_VALUES: set[FileSearchServerToolRankingOptionsRanker] = {
    "auto",
    "default-2024-11-15",
}


def check_file_search_server_tool_ranking_options_ranker(value: str) -> FileSearchServerToolRankingOptionsRanker:
    return check_enum(
        value, FILE_SEARCH_SERVER_TOOL_RANKING_OPTIONS_RANKER_VALUES, "FileSearchServerToolRankingOptionsRanker"
    )
