from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.shell_call_output_content_outcome_type_0 import ShellCallOutputContentOutcomeType0
    from ..models.shell_call_output_content_outcome_type_1 import ShellCallOutputContentOutcomeType1
else:
    ShellCallOutputContentOutcomeType0 = _LazyModel(
        globals(), "shell_call_output_content_outcome_type_0", "ShellCallOutputContentOutcomeType0"
    )
    ShellCallOutputContentOutcomeType1 = _LazyModel(
        globals(), "shell_call_output_content_outcome_type_1", "ShellCallOutputContentOutcomeType1"
    )


@_attrs_define(repr=False, eq=False)
class ShellCallOutputContent(_ModelBase):
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome.

    Example:
        {'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'total 0\\n'}

    """

    outcome: ShellCallOutputContentOutcomeType0 | ShellCallOutputContentOutcomeType1
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "outcome",
            _union_field(
                (
                    ("ShellCallOutputContentOutcomeType0", ShellCallOutputContentOutcomeType0),
                    ("ShellCallOutputContentOutcomeType1", ShellCallOutputContentOutcomeType1),
                ),
                tag=(
                    "type",
                    (
                        "exit",
                        "timeout",
                    ),
                ),
            ),
        ),
        "stderr",
        "stdout",
    )
