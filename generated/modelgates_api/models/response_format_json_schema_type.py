from typing import Literal

from ..types import check_enum

ResponseFormatJsonSchemaType = Literal["json_schema"] | str

RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES: set[ResponseFormatJsonSchemaType] = {
    "json_schema",
}


def check_response_format_json_schema_type(value: str) -> ResponseFormatJsonSchemaType:
    return check_enum(value, RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES, "ResponseFormatJsonSchemaType")
