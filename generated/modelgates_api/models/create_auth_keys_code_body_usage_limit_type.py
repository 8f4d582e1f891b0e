from typing import Literal

CreateAuthKeysCodeBodyUsageLimitType = Literal["daily", "monthly", "weekly"]

CREATE_AUTH_KEYS_CODE_BODY_USAGE_LIMIT_TYPE_VALUES: set[
    CreateAuthKeysCodeBodyUsageLimitType
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_auth_keys_code_body_usage_limit_type(
    value: str,
) -> CreateAuthKeysCodeBodyUsageLimitType:
    if value in CREATE_AUTH_KEYS_CODE_BODY_USAGE_LIMIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AUTH_KEYS_CODE_BODY_USAGE_LIMIT_TYPE_VALUES!r}"
    )
