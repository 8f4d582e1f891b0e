from typing import Literal

from ..types import check_enum

TextConfigVerbosityType2Type1 = Literal["high", "low", "medium"] | str

TEXT_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES: set[TextConfigVerbosityType2Type1] = {
    "high",
    "low",
    "medium",
}


def check_text_config_verbosity_type_2_type_1(value: str) -> TextConfigVerbosityType2Type1:
    return check_enum(value, TEXT_CONFIG_VERBOSITY_TYPE_2_TYPE_1_VALUES, "TextConfigVerbosityType2Type1")
