from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class WebSearchDomainFilter(_ModelBase):
    """
    Example:
        {'allowed_domains': ['example.com'], 'blocked_domains': ['spam.com'], 'excluded_domains': ['spam.com']}

    """

    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    excluded_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "allowed_domains",
        "blocked_domains",
        "excluded_domains",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allowed_domains"
            allowed_domains = d.pop("allowed_domains", UNSET)
            if not isinstance(allowed_domains, (_NoneType, Unset)):

                def _allowed_domains_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_domains_type_0 = cast(list[str], data)

                    return allowed_domains_type_0

                allowed_domains = _parse_union(
                    allowed_domains,
                    (("list[str]", _allowed_domains_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "blocked_domains"
            blocked_domains = d.pop("blocked_domains", UNSET)
            if not isinstance(blocked_domains, (_NoneType, Unset)):

                def _blocked_domains_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    blocked_domains_type_0 = cast(list[str], data)

                    return blocked_domains_type_0

                blocked_domains = _parse_union(
                    blocked_domains,
                    (("list[str]", _blocked_domains_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "excluded_domains"
            excluded_domains = d.pop("excluded_domains", UNSET)
            if not isinstance(excluded_domains, (_NoneType, Unset)):

                def _excluded_domains_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    excluded_domains_type_0 = cast(list[str], data)

                    return excluded_domains_type_0

                excluded_domains = _parse_union(
                    excluded_domains,
                    (("list[str]", _excluded_domains_member_0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        web_search_domain_filter = cls(
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            excluded_domains=excluded_domains,
        )

        web_search_domain_filter.additional_properties = d
        return web_search_domain_filter
