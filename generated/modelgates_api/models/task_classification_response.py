from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.task_classification_response_data import TaskClassificationResponseData
else:
    TaskClassificationResponseData = _LazyModel(
        globals(), "task_classification_response_data", "TaskClassificationResponseData"
    )


@_attrs_define(repr=False, eq=False)
class TaskClassificationResponse(_ModelBase):
    """
    Example:
        {'data': {'as_of': '2026-06-17', 'classifications': [{'category_token_share': 0.48, 'category_usage_share':
            0.51, 'display_name': 'Code Generation', 'macro_category': 'code', 'models': [{'id': 'openai/gpt-4.1-mini',
            'tag_token_share': 0.75, 'tag_usage_share': 0.55}], 'tag': 'code:general_impl', 'token_share': 0.31,
            'usage_share': 0.23}], 'macro_categories': [{'key': 'code', 'label': 'Code', 'token_share': 0.52, 'usage_share':
            0.45}], 'window_days': 7}}

    """

    data: TaskClassificationResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(TaskClassificationResponseData)),)
