from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ModelAliasTarget(_ModelBase):
    """Concrete model targeted by this tilde-latest alias, when applicable

    Example:
        {'name': 'Claude Sonnet 4.5', 'slug': 'anthropic/claude-sonnet-4.5'}

    Attributes:
        name (str): Human-readable name of the concrete model targeted by this alias
        slug (str): Routable model ID of the concrete target, matching that model row's id
    """

    name: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        "slug",
    )
