from typing import Literal

PreviewWebSearchUserLocationType = Literal["approximate"]

PREVIEW_WEB_SEARCH_USER_LOCATION_TYPE_VALUES: set[PreviewWebSearchUserLocationType] = {
    "approximate",
}


def check_preview_web_search_user_location_type(
    value: str,
) -> PreviewWebSearchUserLocationType:
    if value in PREVIEW_WEB_SEARCH_USER_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREVIEW_WEB_SEARCH_USER_LOCATION_TYPE_VALUES!r}"
    )
