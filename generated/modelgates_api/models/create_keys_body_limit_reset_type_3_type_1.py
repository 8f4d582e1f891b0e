from typing import Literal

from ..types import check_enum

CreateKeysBodyLimitResetType3Type1 = Literal["daily", "monthly", "weekly"] | str

CREATE_KEYS_BODY_LIMIT_RESET_TYPE_3_TYPE_1_VALUES: set[CreateKeysBodyLimitResetType3Type1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_keys_body_limit_reset_type_3_type_1(value: str) -> CreateKeysBodyLimitResetType3Type1:
    return check_enum(value, CREATE_KEYS_BODY_LIMIT_RESET_TYPE_3_TYPE_1_VALUES, "CreateKeysBodyLimitResetType3Type1")
