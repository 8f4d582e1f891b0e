from typing import Literal

from ..types import check_enum

TextExtendedConfigVerbosityType2Type1 = Literal["high", "low", "max", "medium", "xhigh"] | str

TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES: set[TextExtendedConfigVerbosityType2Type1] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_text_extended_config_verbosity_type_2_type_1(value: str) -> TextExtendedConfigVerbosityType2Type1:
    return check_enum(
        value, TEXT_EXTENDED_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES, "TextExtendedConfigVerbosityType2Type1"
    )
