from typing import Literal

from ..types import check_enum

GetUserActivityGroupBy = Literal["workspace"] | str

GET_USER_ACTIVITY_GROUP_BY_VALUES: set[GetUserActivityGroupBy] = {
    "workspace",
}


def check_get_user_activity_group_by(value: str) -> GetUserActivityGroupBy:
    return check_enum(value, GET_USER_ACTIVITY_GROUP_BY_VALUES, "GetUserActivityGroupBy")
