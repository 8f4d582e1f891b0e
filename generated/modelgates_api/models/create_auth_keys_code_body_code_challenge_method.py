from typing import Literal

CreateAuthKeysCodeBodyCodeChallengeMethod = Literal["plain", "S256"]

CREATE_AUTH_KEYS_CODE_BODY_CODE_CHALLENGE_METHOD_VALUES: set[
    CreateAuthKeysCodeBodyCodeChallengeMethod
] = {
    "plain",
    "S256",
}


def check_create_auth_keys_code_body_code_challenge_method(
    value: str,
) -> CreateAuthKeysCodeBodyCodeChallengeMethod:
    if value in CREATE_AUTH_KEYS_CODE_BODY_CODE_CHALLENGE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AUTH_KEYS_CODE_BODY_CODE_CHALLENGE_METHOD_VALUES!r}"
    )
