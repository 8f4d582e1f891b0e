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
    from ..models.task_classification_item import TaskClassificationItem
    from ..models.task_classification_macro_category import TaskClassificationMacroCategory
else:
    TaskClassificationItem = _LazyModel(globals(), "task_classification_item", "TaskClassificationItem")
    TaskClassificationMacroCategory = _LazyModel(
        globals(), "task_classification_macro_category", "TaskClassificationMacroCategory"
    )


@_attrs_define(repr=False, eq=False)
class TaskClassificationResponseData(_ModelBase):
    """
    Attributes:
        as_of (str): UTC date (YYYY-MM-DD) of the window upper bound (yesterday). Data is exclusive of the current
            incomplete UTC day. This is the expected latest date in the snapshot; it does not confirm data presence for that
            date. Example: 2026-06-17.
        classifications (list[TaskClassificationItem]): Per-task classification market-share data, sorted by usage_share
            descending.
        macro_categories (list[TaskClassificationMacroCategory]): Aggregate market-share data per macro-category (code,
            data, agent, general).
        window_days (int): Number of trailing days covered by this snapshot. Example: 7.
    """

    as_of: str
    classifications: list[TaskClassificationItem]
    macro_categories: list[TaskClassificationMacroCategory]
    window_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "as_of",
        ("classifications", _list_field(_model_field(TaskClassificationItem))),
        ("macro_categories", _list_field(_model_field(TaskClassificationMacroCategory))),
        "window_days",
    )
