from typing import Literal

from ..types import check_enum

WebSearchUserLocationType = Literal["approximate"] | str

WEB_SEARCH_USER_LOCATION_TYPE_VALUES: set[WebSearchUserLocationType] = {
    "approximate",
}


def check_web_search_user_location_type(value: str) -> WebSearchUserLocationType:
    return check_enum(value, WEB_SEARCH_USER_LOCATION_TYPE_VALUES, "WebSearchUserLocationType")
