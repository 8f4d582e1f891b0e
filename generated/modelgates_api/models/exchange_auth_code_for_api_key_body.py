from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "code",
        "code_challenge_method",
        "code_verifier",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = d.pop("code")

            _at_field_ = "code_challenge_method"
            code_challenge_method = d.pop("code_challenge_method", UNSET)
            if not isinstance(code_challenge_method, (_NoneType, Unset)):

                def _code_challenge_method_member_1(
                    data: object,
                ) -> ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    code_challenge_method_type_1 = (
                        check_exchange_auth_code_for_api_key_body_code_challenge_method_type_1(data)
                    )

                    return code_challenge_method_type_1

                def _code_challenge_method_member_2(
                    data: object,
                ) -> ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    code_challenge_method_type_2_type_1 = (
                        check_exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1(data)
                    )

                    return code_challenge_method_type_2_type_1

                def _code_challenge_method_member_3(
                    data: object,
                ) -> ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    code_challenge_method_type_3_type_1 = (
                        check_exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1(data)
                    )

                    return code_challenge_method_type_3_type_1

                code_challenge_method = _parse_union(
                    code_challenge_method,
                    (
                        ("ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1", _code_challenge_method_member_1),
                        ("ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1", _code_challenge_method_member_2),
                        ("ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1", _code_challenge_method_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "code_verifier"
            code_verifier = d.pop("code_verifier", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        exchange_auth_code_for_api_key_body = cls(
            code=code,
            code_challenge_method=code_challenge_method,
            code_verifier=code_verifier,
        )

        exchange_auth_code_for_api_key_body.additional_properties = d
        return exchange_auth_code_for_api_key_body
