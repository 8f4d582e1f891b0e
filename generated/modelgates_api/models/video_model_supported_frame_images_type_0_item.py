from typing import Literal

from ..types import check_enum

VideoModelSupportedFrameImagesType0Item = Literal["first_frame", "last_frame"] | str

VIDEO_MODEL_SUPPORTED_FRAME_IMAGES_TYPE_0_ITEM_VALUES: set[VideoModelSupportedFrameImagesType0Item] = {
    "first_frame",
    "last_frame",
}


def check_video_model_supported_frame_images_type_0_item(value: str) -> VideoModelSupportedFrameImagesType0Item:
    return check_enum(
        value, VIDEO_MODEL_SUPPORTED_FRAME_IMAGES_TYPE_0_ITEM_VALUES, "VideoModelSupportedFrameImagesType0Item"
    )
