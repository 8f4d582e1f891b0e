from typing import Literal

FileSearchServerToolRankingOptionsRanker = Literal["auto", "default-2024-11-15"]

FILE_SEARCH_SERVER_TOOL_RANKING_OPTIONS_RANKER_VALUES: set[
    FileSearchServerToolRankingOptionsRanker
] = {
    "auto",
    "default-2024-11-15",
}


def check_file_search_server_tool_ranking_options_ranker(
    value: str,
) -> FileSearchServerToolRankingOptionsRanker:
    if value in FILE_SEARCH_SERVER_TOOL_RANKING_OPTIONS_RANKER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_SERVER_TOOL_RANKING_OPTIONS_RANKER_VALUES!r}"
    )
