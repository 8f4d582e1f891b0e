from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.exchange_auth_code_for_api_key_body_code_challenge_method_type_1 import (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1,
    check_exchange_auth_code_for_api_key_body_code_challenge_method_type_1,
)
from ..models.exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1 import (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1,
    check_exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1,
)
from ..models.exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1 import (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1,
    check_exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1,
)
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class ExchangeAuthCodeForApiKeyBody(_ModelBase):
    """
    Example:
        {'code': 'auth_code_abc123def456', 'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}

    Attributes:
        code (str): The authorization code received from the OAuth redirect Example: auth_code_abc123def456.
        code_challenge_method (ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1 |
            ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1 |
            ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1 | None | Unset): The method used to generate the code
            challenge Example: S256.
        code_verifier (str | Unset): The code verifier if code_challenge was used in the authorization request Example:
            dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk.
    """

    code: str
    code_challenge_method: (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1
        | None
        | Unset
    ) = UNSET
    code_verifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("code",)
    _optional_ = (
        (
            "code_challenge_method",
            _union_field(
                (
                    (
                        "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1",
                        _guarded((str,), check_exchange_auth_code_for_api_key_body_code_challenge_method_type_1),
                    ),
                    (
                        "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1",
                        _guarded((str,), check_exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1),
                    ),
                    (
                        "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1",
                        _guarded((str,), check_exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "code_verifier",
    )
