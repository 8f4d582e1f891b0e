from typing import Literal

from ..types import check_enum

UpdateKeysBodyLimitResetType3Type1 = Literal["daily", "monthly", "weekly"] | str

UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_3_TYPE_1_VALUES: set[UpdateKeysBodyLimitResetType3Type1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_update_keys_body_limit_reset_type_3_type_1(value: str) -> UpdateKeysBodyLimitResetType3Type1:
    return check_enum(value, UPDATE_KEYS_BODY_LIMIT_RESET_TYPE_3_TYPE_1_VALUES, "UpdateKeysBodyLimitResetType3Type1")
