from typing import Literal

CreateKeysBodyLimitResetType2Type1 = Literal["daily", "monthly", "weekly"]

CREATE_KEYS_BODY_LIMIT_RESET_TYPE_2_TYPE_1_VALUES: set[
    CreateKeysBodyLimitResetType2Type1
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_keys_body_limit_reset_type_2_type_1(
    value: str,
) -> CreateKeysBodyLimitResetType2Type1:
    if value in CREATE_KEYS_BODY_LIMIT_RESET_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KEYS_BODY_LIMIT_RESET_TYPE_2_TYPE_1_VALUES!r}"
    )
