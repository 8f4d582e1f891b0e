from typing import Literal

TextConfigVerbosityType1 = Literal["high", "low", "medium"]

TEXT_CONFIG_VERBOSITY_TYPE_1_VALUES: set[TextConfigVerbosityType1] = {
    "high",
    "low",
    "medium",
}


def check_text_config_verbosity_type_1(value: str) -> TextConfigVerbosityType1:
    if value in TEXT_CONFIG_VERBOSITY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_CONFIG_VERBOSITY_TYPE_1_VALUES!r}"
    )
