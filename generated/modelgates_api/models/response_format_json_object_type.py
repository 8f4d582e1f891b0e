from typing import Literal

from ..types import check_enum

ResponseFormatJsonObjectType = Literal["json_object"] | str

RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES: set[ResponseFormatJsonObjectType] = {
    "json_object",
}


def check_response_format_json_object_type(value: str) -> ResponseFormatJsonObjectType:
    return check_enum(value, RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES, "ResponseFormatJsonObjectType")
