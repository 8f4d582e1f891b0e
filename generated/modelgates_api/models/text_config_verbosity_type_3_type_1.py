from typing import Literal

from ..types import check_enum

TextConfigVerbosityType3Type1 = Literal["high", "low", "medium"] | str

TEXT_CONFIG_VERBOSITY_TYPE_3_TYPE_1_VALUES: set[TextConfigVerbosityType3Type1] = {
    "high",
    "low",
    "medium",
}


def check_text_config_verbosity_type_3_type_1(value: str) -> TextConfigVerbosityType3Type1:
    return check_enum(value, TEXT_CONFIG_VERBOSITY_TYPE_3_TYPE_1_VALUES, "TextConfigVerbosityType3Type1")
