from typing import Literal

FormatJsonObjectConfigType = Literal["json_object"]

FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES: set[FormatJsonObjectConfigType] = {
    "json_object",
}


def check_format_json_object_config_type(value: str) -> FormatJsonObjectConfigType:
    if value in FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES!r}"
    )
