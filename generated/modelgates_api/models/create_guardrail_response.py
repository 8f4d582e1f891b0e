from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.guardrail import Guardrail
else:
    Guardrail = _LazyModel(globals(), "guardrail", "Guardrail")


@_attrs_define(repr=False, eq=False)
class CreateGuardrailResponse(_ModelBase):
    """
    Example:
        {'data': {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'A guardrail for limiting API usage', 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 50, 'name': 'My New Guardrail',
            'reset_interval': 'monthly', 'updated_at': None, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}}

    """

    data: Guardrail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(Guardrail)),)
