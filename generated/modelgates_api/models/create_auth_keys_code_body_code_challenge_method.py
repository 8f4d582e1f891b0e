from typing import Literal

from ..types import check_enum

CreateAuthKeysCodeBodyCodeChallengeMethod = Literal["plain", "S256"] | str

CREATE_AUTH_KEYS_CODE_BODY_CODE_CHALLENGE_METHOD_VALUES: set[CreateAuthKeysCodeBodyCodeChallengeMethod] = {
    "plain",
    "S256",
}


def check_create_auth_keys_code_body_code_challenge_method(value: str) -> CreateAuthKeysCodeBodyCodeChallengeMethod:
    return check_enum(
        value, CREATE_AUTH_KEYS_CODE_BODY_CODE_CHALLENGE_METHOD_VALUES, "CreateAuthKeysCodeBodyCodeChallengeMethod"
    )
