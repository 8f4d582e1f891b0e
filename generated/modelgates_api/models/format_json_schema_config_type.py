from typing import Literal

from ..types import check_enum

FormatJsonSchemaConfigType = Literal["json_schema"] | str

FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES: set[FormatJsonSchemaConfigType] = {
    "json_schema",
}


def check_format_json_schema_config_type(value: str) -> FormatJsonSchemaConfigType:
    return check_enum(value, FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES, "FormatJsonSchemaConfigType")
