from typing import Literal

from ..types import check_enum

VideoModelSupportedResolutionsType0Item = Literal["1080p", "1K", "2K", "480p", "4K", "720p", "768p"] | str

VIDEO_MODEL_SUPPORTED_RESOLUTIONS_TYPE_0_ITEM_VALUES: set[VideoModelSupportedResolutionsType0Item] = {
    "1080p",
    "1K",
    "2K",
    "480p",
    "4K",
    "720p",
    "768p",
}


def check_video_model_supported_resolutions_type_0_item(value: str) -> VideoModelSupportedResolutionsType0Item:
    return check_enum(
        value, VIDEO_MODEL_SUPPORTED_RESOLUTIONS_TYPE_0_ITEM_VALUES, "VideoModelSupportedResolutionsType0Item"
    )
