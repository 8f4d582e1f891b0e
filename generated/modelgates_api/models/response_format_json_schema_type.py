from typing import Literal

ResponseFormatJsonSchemaType = Literal["json_schema"]

RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES: set[ResponseFormatJsonSchemaType] = {
    "json_schema",
}


def check_response_format_json_schema_type(value: str) -> ResponseFormatJsonSchemaType:
    if value in RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES!r}"
    )
