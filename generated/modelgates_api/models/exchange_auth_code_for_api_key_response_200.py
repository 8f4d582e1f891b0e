from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ExchangeAuthCodeForApiKeyResponse200(_ModelBase):
    """
    Example:
        {'key': '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', 'user_id':
            'user_2yOPcMpKoQhcd4bVgSMlELRaIah'}

    Attributes:
        key (str): The API key to use for OpenRouter requests Example: sk-
            or-v1-0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a5271146f7464951c96.
        user_id (None | str): User ID associated with the API key Example: user_2yOPcMpKoQhcd4bVgSMlELRaIah.
    """

    key: str
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "key",
        "user_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "key"
            key = d.pop("key")

            _at_field_ = "user_id"
            user_id = d.pop("user_id")
            if not isinstance(user_id, (str, _NoneType)):
                user_id = _parse_union(
                    user_id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        exchange_auth_code_for_api_key_response_200 = cls(
            key=key,
            user_id=user_id,
        )

        exchange_auth_code_for_api_key_response_200.additional_properties = d
        return exchange_auth_code_for_api_key_response_200
