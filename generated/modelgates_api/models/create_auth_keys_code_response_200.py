from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.create_auth_keys_code_response_200_data import CreateAuthKeysCodeResponse200Data
else:
    CreateAuthKeysCodeResponse200Data = _LazyModel(
        globals(), "create_auth_keys_code_response_200_data", "CreateAuthKeysCodeResponse200Data"
    )


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

    _required_ = (("data", _model_field(CreateAuthKeysCodeResponse200Data)),)
