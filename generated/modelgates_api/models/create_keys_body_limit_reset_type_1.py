from typing import Literal

from ..types import check_enum

CreateKeysBodyLimitResetType1 = Literal["daily", "monthly", "weekly"] | str

CREATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES: set[CreateKeysBodyLimitResetType1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_keys_body_limit_reset_type_1(value: str) -> CreateKeysBodyLimitResetType1:
    return check_enum(value, CREATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES, "CreateKeysBodyLimitResetType1")
