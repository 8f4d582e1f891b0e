from typing import Literal

from ..types import check_enum

UpdateKeysBodyLimitResetType1 = Literal["daily", "monthly", "weekly"] | str

UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES: set[UpdateKeysBodyLimitResetType1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_update_keys_body_limit_reset_type_1(value: str) -> UpdateKeysBodyLimitResetType1:
    return check_enum(value, UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_1_VALUES, "UpdateKeysBodyLimitResetType1")
