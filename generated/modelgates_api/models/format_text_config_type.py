from typing import Literal

from ..types import check_enum

FormatTextConfigType = Literal["text"] | str

FORMAT_TEXT_CONFIG_TYPE_VALUES: set[FormatTextConfigType] = {
    "text",
}


def check_format_text_config_type(value: str) -> FormatTextConfigType:
    return check_enum(value, FORMAT_TEXT_CONFIG_TYPE_VALUES, "FormatTextConfigType")
