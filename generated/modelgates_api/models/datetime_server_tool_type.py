from typing import Literal

DatetimeServerToolType = Literal["openrouter:datetime"]

DATETIME_SERVER_TOOL_TYPE_VALUES: set[DatetimeServerToolType] = {
    "openrouter:datetime",
}


def check_datetime_server_tool_type(value: str) -> DatetimeServerToolType:
    if value in DATETIME_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATETIME_SERVER_TOOL_TYPE_VALUES!r}"
    )
