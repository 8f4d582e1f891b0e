from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.byok_key import BYOKKey
else:
    BYOKKey = _LazyModel(globals(), "byok_key", "BYOKKey")


@_attrs_define(repr=False, eq=False)
class GetBYOKKeyResponse(_ModelBase):
    """
    Example:
        {'data': {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None, 'created_at':
            '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555', 'is_fallback': False,
            'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai', 'sort_order': 0, 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}}

    """

    data: BYOKKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(BYOKKey)),)
