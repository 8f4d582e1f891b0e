from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup


@_attrs_define(repr=False, eq=False)
class ObservabilityFilterRulesConfigNullable(_ModelBase):
    """Optional structured filter rules controlling which events are forwarded."""

    groups: list[ObservabilityFilterRuleGroup]
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "groups",
        "enabled",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "groups"
            groups = []
            _groups = d.pop("groups")
            for _groups_item_data_index, groups_item_data in enumerate(_as_list(_groups)):
                try:
                    groups_item = ObservabilityFilterRuleGroup.from_dict(groups_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _groups_item_data_index)
                groups.append(groups_item)

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_filter_rules_config_nullable = cls(
            groups=groups,
            enabled=enabled,
        )

        observability_filter_rules_config_nullable.additional_properties = d
        return observability_filter_rules_config_nullable


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityFilterRuleGroup = _LazyModel(
        globals(), "modelgates_api.models.observability_filter_rule_group", "ObservabilityFilterRuleGroup"
    )
