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

    from ..models.rankings_daily_item import RankingsDailyItem
    from ..models.rankings_daily_meta import RankingsDailyMeta


@_attrs_define(repr=False, eq=False)
class RankingsDailyResponse(_ModelBase):
    """
    Example:
        {'data': [{'date': '2026-05-11', 'model_permaslug': 'openai/gpt-4o-2024-05-13', 'total_tokens': '12345678'},
            {'date': '2026-05-11', 'model_permaslug': 'anthropic/claude-3.5-sonnet-20241022', 'total_tokens': '9876543'}],
            'meta': {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version':
            'v1'}}

    Attributes:
        data (list[RankingsDailyItem]): Up to 51 rows per day — the top 50 public models by `total_tokens` for each UTC
            calendar date in the window, plus one aggregated `other` row summing every model outside that top 50 (omitted
            when the long tail is empty). Rows are sorted by `date` ascending, then by `total_tokens` descending, with
            `other` pinned last within its date. Ties between real models break alphabetically on `model_permaslug` so the
            order is stable across requests.
    """

    data: list[RankingsDailyItem]
    meta: RankingsDailyMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        "meta",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = RankingsDailyItem.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "meta"
            meta = RankingsDailyMeta.from_dict(d.pop("meta"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        rankings_daily_response = cls(
            data=data,
            meta=meta,
        )

        rankings_daily_response.additional_properties = d
        return rankings_daily_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    RankingsDailyItem = _LazyModel(globals(), "modelgates_api.models.rankings_daily_item", "RankingsDailyItem")
    RankingsDailyMeta = _LazyModel(globals(), "modelgates_api.models.rankings_daily_meta", "RankingsDailyMeta")
