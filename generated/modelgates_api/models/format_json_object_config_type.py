from typing import Literal

from ..types import check_enum

FormatJsonObjectConfigType = Literal["json_object"] | str

FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES: set[FormatJsonObjectConfigType] = {
    "json_object",
}


def check_format_json_object_config_type(value: str) -> FormatJsonObjectConfigType:
    return check_enum(value, FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES, "FormatJsonObjectConfigType")
