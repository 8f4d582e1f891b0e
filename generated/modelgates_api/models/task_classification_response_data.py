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

    from ..models.task_classification_item import TaskClassificationItem
    from ..models.task_classification_macro_category import TaskClassificationMacroCategory


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

    _json_fields_ = (
        "as_of",
        "classifications",
        "macro_categories",
        "window_days",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "as_of"
            as_of = d.pop("as_of")

            _at_field_ = "classifications"
            classifications = []
            _classifications = d.pop("classifications")
            for _classifications_item_data_index, classifications_item_data in enumerate(_as_list(_classifications)):
                try:
                    classifications_item = TaskClassificationItem.from_dict(classifications_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _classifications_item_data_index)
                classifications.append(classifications_item)

            _at_field_ = "macro_categories"
            macro_categories = []
            _macro_categories = d.pop("macro_categories")
            for _macro_categories_item_data_index, macro_categories_item_data in enumerate(_as_list(_macro_categories)):
                try:
                    macro_categories_item = TaskClassificationMacroCategory.from_dict(macro_categories_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _macro_categories_item_data_index)
                macro_categories.append(macro_categories_item)

            _at_field_ = "window_days"
            window_days = d.pop("window_days")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        task_classification_response_data = cls(
            as_of=as_of,
            classifications=classifications,
            macro_categories=macro_categories,
            window_days=window_days,
        )

        task_classification_response_data.additional_properties = d
        return task_classification_response_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    TaskClassificationItem = _LazyModel(
        globals(), "modelgates_api.models.task_classification_item", "TaskClassificationItem"
    )
    TaskClassificationMacroCategory = _LazyModel(
        globals(), "modelgates_api.models.task_classification_macro_category", "TaskClassificationMacroCategory"
    )
