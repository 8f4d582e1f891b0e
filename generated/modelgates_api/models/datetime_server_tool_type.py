from typing import Literal

from ..types import check_enum

DatetimeServerToolType = Literal["openrouter:datetime"] | str

DATETIME_SERVER_TOOL_TYPE_VALUES: set[DatetimeServerToolType] = {
    "openrouter:datetime",
}


def check_datetime_server_tool_type(value: str) -> DatetimeServerToolType:
    return check_enum(value, DATETIME_SERVER_TOOL_TYPE_VALUES, "DatetimeServerToolType")
