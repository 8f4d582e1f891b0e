from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_effort_type_1 import (
    MessagesOutputConfigEffortType1,
    check_messages_output_config_effort_type_1,
)
from ..models.messages_output_config_effort_type_2_type_1 import (
    MessagesOutputConfigEffortType2Type1,
    check_messages_output_config_effort_type_2_type_1,
)
from ..models.messages_output_config_effort_type_3_type_1 import (
    MessagesOutputConfigEffortType3Type1,
    check_messages_output_config_effort_type_3_type_1,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_output_config_format_type_0 import MessagesOutputConfigFormatType0
    from ..models.messages_output_config_task_budget_type_0 import MessagesOutputConfigTaskBudgetType0


@_attrs_define(repr=False, eq=False)
class MessagesOutputConfig(_ModelBase):
    """Configuration for controlling output behavior. Supports the effort parameter and structured output format.

    Example:
        {'effort': 'medium'}

    Attributes:
        effort (MessagesOutputConfigEffortType1 | MessagesOutputConfigEffortType2Type1 |
            MessagesOutputConfigEffortType3Type1 | None | Unset): How much effort the model should put into its response.
            Higher effort levels may result in more thorough analysis but take longer. Valid values are `low`, `medium`,
            `high`, `xhigh`, or `max`. Example: medium.
        format_ (MessagesOutputConfigFormatType0 | None | Unset): A schema to specify Claude's output format in
            responses. See [structured outputs](https://platform.claude.com/docs/en/build-with-claude/structured-outputs).
        task_budget (MessagesOutputConfigTaskBudgetType0 | None | Unset): Task budget for an agentic turn. The model
            sees a countdown of remaining tokens and uses it to prioritize work and wind down gracefully. Advisory — does
            not enforce a hard cap. Example: {'total': 400000, 'type': 'tokens'}.
    """

    effort: (
        MessagesOutputConfigEffortType1
        | MessagesOutputConfigEffortType2Type1
        | MessagesOutputConfigEffortType3Type1
        | None
        | Unset
    ) = UNSET
    format_: MessagesOutputConfigFormatType0 | None | Unset = UNSET
    task_budget: MessagesOutputConfigTaskBudgetType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "effort",
        ("format_", "format"),
        "task_budget",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "effort"
            effort = d.pop("effort", UNSET)
            if not isinstance(effort, (_NoneType, Unset)):

                def _effort_member_1(data: object) -> MessagesOutputConfigEffortType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    effort_type_1 = check_messages_output_config_effort_type_1(data)

                    return effort_type_1

                def _effort_member_2(data: object) -> MessagesOutputConfigEffortType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    effort_type_2_type_1 = check_messages_output_config_effort_type_2_type_1(data)

                    return effort_type_2_type_1

                def _effort_member_3(data: object) -> MessagesOutputConfigEffortType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    effort_type_3_type_1 = check_messages_output_config_effort_type_3_type_1(data)

                    return effort_type_3_type_1

                effort = _parse_union(
                    effort,
                    (
                        ("MessagesOutputConfigEffortType1", _effort_member_1),
                        ("MessagesOutputConfigEffortType2Type1", _effort_member_2),
                        ("MessagesOutputConfigEffortType3Type1", _effort_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "format"
            format_ = d.pop("format", UNSET)
            if not isinstance(format_, (_NoneType, Unset)):
                format_ = _parse_union(
                    format_,
                    (("MessagesOutputConfigFormatType0", MessagesOutputConfigFormatType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "task_budget"
            task_budget = d.pop("task_budget", UNSET)
            if not isinstance(task_budget, (_NoneType, Unset)):
                task_budget = _parse_union(
                    task_budget,
                    (("MessagesOutputConfigTaskBudgetType0", MessagesOutputConfigTaskBudgetType0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_output_config = cls(
            effort=effort,
            format_=format_,
            task_budget=task_budget,
        )

        messages_output_config.additional_properties = d
        return messages_output_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesOutputConfigFormatType0 = _LazyModel(
        globals(), "modelgates_api.models.messages_output_config_format_type_0", "MessagesOutputConfigFormatType0"
    )
    MessagesOutputConfigTaskBudgetType0 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_output_config_task_budget_type_0",
        "MessagesOutputConfigTaskBudgetType0",
    )
