from typing import Literal

from ..types import check_enum

MessagesOutputConfigFormatType0Type = Literal["json_schema"] | str

MESSAGES_OUTPUT_CONFIG_FORMAT_TYPE_0_TYPE_VALUES: set[MessagesOutputConfigFormatType0Type] = {
    "json_schema",
}


def check_messages_output_config_format_type_0_type(value: str) -> MessagesOutputConfigFormatType0Type:
    return check_enum(value, MESSAGES_OUTPUT_CONFIG_FORMAT_TYPE_0_TYPE_VALUES, "MessagesOutputConfigFormatType0Type")
