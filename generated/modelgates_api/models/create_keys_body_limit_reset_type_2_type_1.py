from typing import Literal

from ..types import check_enum

CreateKeysBodyLimitResetType2Type1 = Literal["daily", "monthly", "weekly"] | str

CREATE_KEYS_BODY_LIMIT_RESET_TYPE_2_TYPE_1_VALUES: set[CreateKeysBodyLimitResetType2Type1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_keys_body_limit_reset_type_2_type_1(value: str) -> CreateKeysBodyLimitResetType2Type1:
    return check_enum(value, CREATE_KEYS_BODY_LIMIT_RESET_TYPE_2_TYPE_1_VALUES, "CreateKeysBodyLimitResetType2Type1")
