from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class DABenchmarkEntry(_ModelBase):
    """A single Design Arena benchmark entry for a specific arena+category

    Example:
        {'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}

    Attributes:
        arena (str): Arena type (e.g. models, builders, agents) Example: models.
        category (str): Category within the arena (e.g. website, gamedev, uicomponent) Example: website.
        elo (float): ELO rating from head-to-head arena battles Example: 1385.2.
        rank (int): Rank position within this arena+category among models available on OpenRouter (1 = highest ELO)
            Example: 5.
        win_rate (float): Win rate percentage in arena battles Example: 62.5.
    """

    arena: str
    category: str
    elo: float
    rank: int
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "arena",
        "category",
        "elo",
        "rank",
        "win_rate",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arena"
            arena = d.pop("arena")

            _at_field_ = "category"
            category = d.pop("category")

            _at_field_ = "elo"
            elo = d.pop("elo")

            _at_field_ = "rank"
            rank = d.pop("rank")

            _at_field_ = "win_rate"
            win_rate = d.pop("win_rate")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        da_benchmark_entry = cls(
            arena=arena,
            category=category,
            elo=elo,
            rank=rank,
            win_rate=win_rate,
        )

        da_benchmark_entry.additional_properties = d
        return da_benchmark_entry
