from typing import Literal

GetAppRankingsSubcategory = Literal[
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
    if value in GET_APP_RANKINGS_SUBCATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_APP_RANKINGS_SUBCATEGORY_VALUES!r}"
    )
