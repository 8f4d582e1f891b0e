from typing import Literal

VideoModelSupportedFrameImagesType0Item = Literal["first_frame", "last_frame"]

VIDEO_MODEL_SUPPORTED_FRAME_IMAGES_TYPE_0_ITEM_VALUES: set[
    VideoModelSupportedFrameImagesType0Item
] = {
    "first_frame",
    "last_frame",
}


def check_video_model_supported_frame_images_type_0_item(
    value: str,
) -> VideoModelSupportedFrameImagesType0Item:
    if value in VIDEO_MODEL_SUPPORTED_FRAME_IMAGES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_SUPPORTED_FRAME_IMAGES_TYPE_0_ITEM_VALUES!r}"
    )
