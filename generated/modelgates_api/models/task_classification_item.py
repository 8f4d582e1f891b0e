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
    from ..models.task_classification_model import TaskClassificationModel
else:
    TaskClassificationModel = _LazyModel(globals(), "task_classification_model", "TaskClassificationModel")


@_attrs_define(repr=False, eq=False)
class TaskClassificationItem(_ModelBase):
    """
    Example:
        {'category_token_share': 0.48, 'category_usage_share': 0.51, 'display_name': 'Code Generation',
            'macro_category': 'code', 'models': [{'id': 'openai/gpt-4.1-mini', 'tag_token_share': 0.75, 'tag_usage_share':
            0.55}, {'id': 'anthropic/claude-sonnet-4', 'tag_token_share': 0.12, 'tag_usage_share': 0.2}], 'tag':
            'code:general_impl', 'token_share': 0.31, 'usage_share': 0.23}

    Attributes:
        category_token_share (float): Fraction of this classification's token volume within its macro-category (0–1).
            Sums to 1 across all classifications sharing the same `macro_category`. Example: 0.48.
        category_usage_share (float): Fraction of this classification's usage within its macro-category (0–1). Sums to 1
            across all classifications sharing the same `macro_category`. Example: 0.51.
        display_name (str): Human-readable label for the classification. Example: Code Generation.
        macro_category (str): Coarse grouping derived from the tag prefix: `code`, `data`, `agent`, or `general`.
            Example: code.
        models (list[TaskClassificationModel]): Top models for this classification by request volume, sorted descending.
            Each entry reports the model's share of this classification's requests and tokens.
        tag (str): Classification tag identifier (e.g. `code:general_impl`, `agent:web_search`). Example:
            code:general_impl.
        token_share (float): Fraction of classified sampled token volume (prompt + completion) attributed to this
            classification (0–1). The unclassified `other` bucket is excluded from the denominator. Example: 0.31.
        usage_share (float): Fraction of classified sampled requests attributed to this classification (0–1). The
            unclassified `other` bucket is excluded from the denominator. Example: 0.23.
    """

    category_token_share: float
    category_usage_share: float
    display_name: str
    macro_category: str
    models: list[TaskClassificationModel]
    tag: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "category_token_share",
        "category_usage_share",
        "display_name",
        "macro_category",
        ("models", _list_field(_model_field(TaskClassificationModel))),
        "tag",
        "token_share",
        "usage_share",
    )
