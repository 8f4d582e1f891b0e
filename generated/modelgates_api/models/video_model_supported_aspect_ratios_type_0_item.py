from typing import Literal

VideoModelSupportedAspectRatiosType0Item = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

VIDEO_MODEL_SUPPORTED_ASPECT_RATIOS_TYPE_0_ITEM_VALUES: set[
    VideoModelSupportedAspectRatiosType0Item
] = {
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


def check_video_model_supported_aspect_ratios_type_0_item(
    value: str,
) -> VideoModelSupportedAspectRatiosType0Item:
    if value in VIDEO_MODEL_SUPPORTED_ASPECT_RATIOS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_SUPPORTED_ASPECT_RATIOS_TYPE_0_ITEM_VALUES!r}"
    )
