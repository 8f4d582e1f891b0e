from typing import Literal

from ..types import check_enum

PreviewWebSearchUserLocationType = Literal["approximate"] | str

PREVIEW_WEB_SEARCH_USER_LOCATION_TYPE_VALUES: set[PreviewWebSearchUserLocationType] = {
    "approximate",
}


def check_preview_web_search_user_location_type(value: str) -> PreviewWebSearchUserLocationType:
    return check_enum(value, PREVIEW_WEB_SEARCH_USER_LOCATION_TYPE_VALUES, "PreviewWebSearchUserLocationType")
