from typing import Literal

from ..types import check_enum

CreateAuthKeysCodeBodyUsageLimitType = Literal["daily", "monthly", "weekly"] | str

CREATE_AUTH_KEYS_CODE_BODY_USAGE_LIMIT_TYPE_VALUES: set[CreateAuthKeysCodeBodyUsageLimitType] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_auth_keys_code_body_usage_limit_type(value: str) -> CreateAuthKeysCodeBodyUsageLimitType:
    return check_enum(value, CREATE_AUTH_KEYS_CODE_BODY_USAGE_LIMIT_TYPE_VALUES, "CreateAuthKeysCodeBodyUsageLimitType")
