from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.messages_output_config_format_type_0 import MessagesOutputConfigFormatType0
    from ..models.messages_output_config_task_budget_type_0 import MessagesOutputConfigTaskBudgetType0
else:
    MessagesOutputConfigFormatType0 = _LazyModel(
        globals(), "messages_output_config_format_type_0", "MessagesOutputConfigFormatType0"
    )
    MessagesOutputConfigTaskBudgetType0 = _LazyModel(
        globals(), "messages_output_config_task_budget_type_0", "MessagesOutputConfigTaskBudgetType0"
    )


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

    _optional_ = (
        (
            "effort",
            _union_field(
                (
                    ("MessagesOutputConfigEffortType1", _guarded((str,), check_messages_output_config_effort_type_1)),
                    (
                        "MessagesOutputConfigEffortType2Type1",
                        _guarded((str,), check_messages_output_config_effort_type_2_type_1),
                    ),
                    (
                        "MessagesOutputConfigEffortType3Type1",
                        _guarded((str,), check_messages_output_config_effort_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "format",
            _union_field(
                (("MessagesOutputConfigFormatType0", MessagesOutputConfigFormatType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
            "format_",
        ),
        (
            "task_budget",
            _union_field(
                (("MessagesOutputConfigTaskBudgetType0", MessagesOutputConfigTaskBudgetType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
