from typing import Literal

FormatJsonSchemaConfigType = Literal["json_schema"]

FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES: set[FormatJsonSchemaConfigType] = {
    "json_schema",
}


def check_format_json_schema_config_type(value: str) -> FormatJsonSchemaConfigType:
    if value in FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES!r}"
    )
