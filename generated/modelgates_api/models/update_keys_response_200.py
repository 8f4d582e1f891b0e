from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.update_keys_response_200_data import UpdateKeysResponse200Data
else:
    UpdateKeysResponse200Data = _LazyModel(globals(), "update_keys_response_200_data", "UpdateKeysResponse200Data")


@_attrs_define(repr=False, eq=False)
class UpdateKeysResponse200(_ModelBase):
    """
    Example:
        {'data': {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly':
            17.38, 'created_at': '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled':
            False, 'expires_at': None, 'hash': 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
            'include_byok_in_limit': True, 'label': 'Updated API Key Name', 'limit': 75, 'limit_remaining': 49.5,
            'limit_reset': 'daily', 'name': 'Updated API Key Name', 'updated_at': '2025-08-24T16:00:00Z', 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5, 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}}

    Attributes:
        data (UpdateKeysResponse200Data): The updated API key information Example: {'byok_usage': 17.38,
            'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38, 'created_at':
            '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False, 'expires_at':
            '2027-12-31T23:59:59Z', 'hash': 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
            'include_byok_in_limit': False, 'label': 'sk-or-v1-0e6...1c96', 'limit': 100, 'limit_remaining': 74.5,
            'limit_reset': 'monthly', 'name': 'My Production Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5, 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}.
    """

    data: UpdateKeysResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(UpdateKeysResponse200Data)),)
