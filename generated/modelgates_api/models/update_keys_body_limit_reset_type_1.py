from typing import Literal

UpdateKeysBodyLimitResetType1 = Literal["daily", "monthly", "weekly"]

UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES: set[UpdateKeysBodyLimitResetType1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_update_keys_body_limit_reset_type_1(
    value: str,
) -> UpdateKeysBodyLimitResetType1:
    if value in UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES!r}"
    )
