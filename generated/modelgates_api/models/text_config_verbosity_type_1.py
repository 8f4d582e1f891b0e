from typing import Literal

from ..types import check_enum

TextConfigVerbosityType1 = Literal["high", "low", "medium"] | str

TEXT_CONFIG_VERBOSITY_TYPE_1_VALUES: set[TextConfigVerbosityType1] = {
    "high",
    "low",
    "medium",
}


def check_text_config_verbosity_type_1(value: str) -> TextConfigVerbosityType1:
    return check_enum(value, TEXT_CONFIG_VERBOSITY_TYPE_1_VALUES, "TextConfigVerbosityType1")
