from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup


T = TypeVar("T", bound="ObservabilityFilterRulesConfig")


@_attrs_define
class ObservabilityFilterRulesConfig:
    """Optional structured filter rules controlling which events are forwarded.

    Attributes:
        groups (list[ObservabilityFilterRuleGroup]):
        enabled (bool | Unset):  Default: True.
    """

    groups: list[ObservabilityFilterRuleGroup]
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.observability_filter_rule_group import (
            ObservabilityFilterRuleGroup,
        )

        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ObservabilityFilterRuleGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        enabled = d.pop("enabled", UNSET)

        observability_filter_rules_config = cls(
            groups=groups,
            enabled=enabled,
        )

        observability_filter_rules_config.additional_properties = d
        return observability_filter_rules_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
