from typing import Literal

from ..types import check_enum

ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1 = Literal["plain", "S256"] | str

EXCHANGE_AUTH_CODE_FOR_API_KEY_BODY_CODE_CHALLENGE_METHOD_TYPE_2_TYPE_1_VALUES: set[
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1
] = {
    "plain",
    "S256",
}


def check_exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1(
    value: str,
) -> ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1:
    return check_enum(
        value,
        EXCHANGE_AUTH_CODE_FOR_API_KEY_BODY_CODE_CHALLENGE_METHOD_TYPE_2_TYPE_1_VALUES,
        "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1",
    )
