from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.activity_item import ActivityItem
else:
    ActivityItem = _LazyModel(globals(), "activity_item", "ActivityItem")


@_attrs_define(repr=False, eq=False)
class ActivityResponse(_ModelBase):
    """
    Example:
        {'data': [{'byok_usage_inference': 0.012, 'completion_tokens': 125, 'date': '2025-08-24', 'endpoint_id':
            '550e8400-e29b-41d4-a716-446655440000', 'model': 'openai/gpt-4.1', 'model_permaslug':
            'openai/gpt-4.1-2025-04-14', 'prompt_tokens': 50, 'provider_name': 'OpenAI', 'reasoning_tokens': 25, 'requests':
            5, 'usage': 0.015}]}

    Attributes:
        data (list[ActivityItem]): List of activity items
    """

    data: list[ActivityItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _list_field(_model_field(ActivityItem))),)
