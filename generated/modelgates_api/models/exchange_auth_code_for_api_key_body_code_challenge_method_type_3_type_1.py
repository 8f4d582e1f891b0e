from typing import Literal

ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1 = Literal["plain", "S256"]

EXCHANGE_AUTH_CODE_FOR_API_KEY_BODY_CODE_CHALLENGE_METHOD_TYPE_3_TYPE_1_VALUES: set[
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1
] = {
    "plain",
    "S256",
}


def check_exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1(
    value: str,
) -> ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1:
    if (
        value
        in EXCHANGE_AUTH_CODE_FOR_API_KEY_BODY_CODE_CHALLENGE_METHOD_TYPE_3_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCHANGE_AUTH_CODE_FOR_API_KEY_BODY_CODE_CHALLENGE_METHOD_TYPE_3_TYPE_1_VALUES!r}"
    )
