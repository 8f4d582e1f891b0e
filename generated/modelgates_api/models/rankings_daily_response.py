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
    from ..models.rankings_daily_item import RankingsDailyItem
    from ..models.rankings_daily_meta import RankingsDailyMeta
else:
    RankingsDailyItem = _LazyModel(globals(), "rankings_daily_item", "RankingsDailyItem")
    RankingsDailyMeta = _LazyModel(globals(), "rankings_daily_meta", "RankingsDailyMeta")


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

    _required_ = (
        ("data", _list_field(_model_field(RankingsDailyItem))),
        ("meta", _model_field(RankingsDailyMeta)),
    )
