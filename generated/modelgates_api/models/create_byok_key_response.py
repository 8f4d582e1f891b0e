from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.byok_key import BYOKKey


T = TypeVar("T", bound="CreateBYOKKeyResponse")


@_attrs_define(repr=False, eq=False)
class CreateBYOKKeyResponse(_ModelBase):
    """
    Example:
        {'data': {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None, 'created_at':
            '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555', 'is_fallback': False,
            'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai', 'sort_order': 0, 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}}

    Attributes:
        data (BYOKKey):  Example: {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None,
            'created_at': '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555',
            'is_fallback': False, 'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai',
            'sort_order': 0, 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}.
    """

    data: BYOKKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (BYOKKey,) = _lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (BYOKKey,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = BYOKKey.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_byok_key_response = cls(
            data=data,
        )

        create_byok_key_response.additional_properties = d
        return create_byok_key_response


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.byok_key import BYOKKey

    return (BYOKKey,)
