from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.workspace import Workspace
else:
    Workspace = _LazyModel(globals(), "workspace", "Workspace")


@_attrs_define(repr=False, eq=False)
class UpdateWorkspaceResponse(_ModelBase):
    """
    Example:
        {'data': {'created_at': '2025-08-24T10:30:00Z', 'created_by': 'user_abc123', 'default_guardrail_id':
            '595d5849-7e86-51fd-a7c0-705c34e4afff', 'default_image_model': 'openai/dall-e-3', 'default_provider_sort':
            'price', 'default_text_model': 'openai/gpt-4o', 'description': 'Production environment workspace', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'include_byok_in_budgets': False, 'io_logging_api_key_ids': None,
            'io_logging_sampling_rate': 1, 'is_data_discount_logging_enabled': True, 'is_observability_broadcast_enabled':
            False, 'is_observability_io_logging_enabled': False, 'name': 'Updated Workspace', 'slug': 'updated-workspace',
            'updated_at': '2025-08-25T10:00:00Z'}}

    """

    data: Workspace
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(Workspace)),)
