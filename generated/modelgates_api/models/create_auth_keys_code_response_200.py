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
    from ..models.create_auth_keys_code_response_200_data import (
        CreateAuthKeysCodeResponse200Data,
    )


T = TypeVar("T", bound="CreateAuthKeysCodeResponse200")


@_attrs_define(repr=False, eq=False)
class CreateAuthKeysCodeResponse200(_ModelBase):
    """
    Example:
        {'data': {'app_id': 12345, 'created_at': '2025-08-24T10:30:00Z', 'id': 'auth_code_xyz789'}}

    Attributes:
        data (CreateAuthKeysCodeResponse200Data): Auth code data Example: {'app_id': 12345, 'created_at':
            '2025-08-24T10:30:00Z', 'id': 'auth_code_xyz789'}.
    """

    data: CreateAuthKeysCodeResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (CreateAuthKeysCodeResponse200Data,) = _lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (CreateAuthKeysCodeResponse200Data,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = CreateAuthKeysCodeResponse200Data.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_auth_keys_code_response_200 = cls(
            data=data,
        )

        create_auth_keys_code_response_200.additional_properties = d
        return create_auth_keys_code_response_200


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.create_auth_keys_code_response_200_data import (
        CreateAuthKeysCodeResponse200Data,
    )

    return (CreateAuthKeysCodeResponse200Data,)
