from typing import Literal

from ..types import check_enum

TextExtendedConfigVerbosityType3Type1 = Literal["high", "low", "max", "medium", "xhigh"] | str

TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_3_TYPE_1_VALUES: set[TextExtendedConfigVerbosityType3Type1] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_text_extended_config_verbosity_type_3_type_1(value: str) -> TextExtendedConfigVerbosityType3Type1:
    return check_enum(
        value, TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_3_TYPE_1_VALUES, "TextExtendedConfigVerbosityType3Type1"
    )
