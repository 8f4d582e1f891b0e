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

    _json_fields_ = (
        "name",
        "slug",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "slug"
            slug = d.pop("slug")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        model_alias_target = cls(
            name=name,
            slug=slug,
        )

        model_alias_target.additional_properties = d
        return model_alias_target
