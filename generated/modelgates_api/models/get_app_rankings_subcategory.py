from typing import Literal

from ..types import check_enum

GetAppRankingsSubcategory = (
    Literal[
        "audio-gen",
        "cli-agent",
        "cloud-agent",
        "creative-writing",
        "game",
        "general-chat",
        "ide-extension",
        "image-gen",
        "legal",
        "native-app-builder",
        "personal-agent",
        "programming-app",
        "roleplay",
        "video-gen",
        "writing-assistant",
    ]
    | str
)

GET_APP_RANKINGS_SUBCATEGORY_VALUES: set[GetAppRankingsSubcategory] = {
    "audio-gen",
    "cli-agent",
    "cloud-agent",
    "creative-writing",
    "game",
    "general-chat",
    "ide-extension",
    "image-gen",
    "legal",
    "native-app-builder",
    "personal-agent",
    "programming-app",
    "roleplay",
    "video-gen",
    "writing-assistant",
}


def check_get_app_rankings_subcategory(value: str) -> GetAppRankingsSubcategory:
    return check_enum(value, GET_APP_RANKINGS_SUBCATEGORY_VALUES, "GetAppRankingsSubcategory")
