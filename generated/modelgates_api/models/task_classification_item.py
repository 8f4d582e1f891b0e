from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.task_classification_model import TaskClassificationModel


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

    _json_fields_ = (
        "category_token_share",
        "category_usage_share",
        "display_name",
        "macro_category",
        "models",
        "tag",
        "token_share",
        "usage_share",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "category_token_share"
            category_token_share = d.pop("category_token_share")

            _at_field_ = "category_usage_share"
            category_usage_share = d.pop("category_usage_share")

            _at_field_ = "display_name"
            display_name = d.pop("display_name")

            _at_field_ = "macro_category"
            macro_category = d.pop("macro_category")

            _at_field_ = "models"
            models = []
            _models = d.pop("models")
            for _models_item_data_index, models_item_data in enumerate(_as_list(_models)):
                try:
                    models_item = TaskClassificationModel.from_dict(models_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _models_item_data_index)
                models.append(models_item)

            _at_field_ = "tag"
            tag = d.pop("tag")

            _at_field_ = "token_share"
            token_share = d.pop("token_share")

            _at_field_ = "usage_share"
            usage_share = d.pop("usage_share")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        task_classification_item = cls(
            category_token_share=category_token_share,
            category_usage_share=category_usage_share,
            display_name=display_name,
            macro_category=macro_category,
            models=models,
            tag=tag,
            token_share=token_share,
            usage_share=usage_share,
        )

        task_classification_item.additional_properties = d
        return task_classification_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    TaskClassificationModel = _LazyModel(
        globals(), "modelgates_api.models.task_classification_model", "TaskClassificationModel"
    )
