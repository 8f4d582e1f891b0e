from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


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

    _required_ = (
        "key",
        (
            "user_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
