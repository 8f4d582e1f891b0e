from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "arena",
        "category",
        "elo",
        "rank",
        "win_rate",
    )
