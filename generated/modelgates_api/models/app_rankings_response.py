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
    from ..models.app_rankings_item import AppRankingsItem
    from ..models.rankings_daily_meta import RankingsDailyMeta
else:
    AppRankingsItem = _LazyModel(globals(), "app_rankings_item", "AppRankingsItem")
    RankingsDailyMeta = _LazyModel(globals(), "rankings_daily_meta", "RankingsDailyMeta")


@_attrs_define(repr=False, eq=False)
class AppRankingsResponse(_ModelBase):
    """
    Example:
        {'data': [{'app_id': 12345, 'app_name': 'Cline', 'rank': 1, 'total_requests': 4321, 'total_tokens': '12345678'},
            {'app_id': 67890, 'app_name': 'Roo Code', 'rank': 2, 'total_requests': 2109, 'total_tokens': '9876543'}],
            'meta': {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version':
            'v1'}}

    Attributes:
        data (list[AppRankingsItem]): Apps ranked per the requested `sort`, re-numbered 1..N after category filtering.
            `popular` sorts by `total_tokens` descending; `trending` sorts by absolute excess token growth descending and
            may return fewer than `limit` rows when few apps are growing.
    """

    data: list[AppRankingsItem]
    meta: RankingsDailyMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(AppRankingsItem))),
        ("meta", _model_field(RankingsDailyMeta)),
    )
