from typing import Literal

from ..types import check_enum

GetRankingsDailyModality = Literal["audio", "image", "image_output", "text", "tool_calling"] | str

GET_RANKINGS_DAILY_MODALITY_VALUES: set[GetRankingsDailyModality] = {
    "audio",
    "image",
    "image_output",
    "text",
    "tool_calling",
}


def check_get_rankings_daily_modality(value: str) -> GetRankingsDailyModality:
    return check_enum(value, GET_RANKINGS_DAILY_MODALITY_VALUES, "GetRankingsDailyModality")
