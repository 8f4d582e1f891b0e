from typing import Literal

from ..types import check_enum

VideoModelSupportedAspectRatiosType0Item = (
    Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"] | str
)

VIDEO_MODEL_SUPPORTED_ASPECT_RATIOS_TYPE_0_ITEM_VALUES: set[VideoModelSupportedAspectRatiosType0Item] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_video_model_supported_aspect_ratios_type_0_item(value: str) -> VideoModelSupportedAspectRatiosType0Item:
    return check_enum(
        value, VIDEO_MODEL_SUPPORTED_ASPECT_RATIOS_TYPE_0_ITEM_VALUES, "VideoModelSupportedAspectRatiosType0Item"
    )
