from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.shell_call_output_content_outcome_type_0 import ShellCallOutputContentOutcomeType0
    from ..models.shell_call_output_content_outcome_type_1 import ShellCallOutputContentOutcomeType1


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

    _json_fields_ = (
        "outcome",
        "stderr",
        "stdout",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "outcome"
            outcome = d.pop("outcome")
            outcome = _parse_union(
                outcome,
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
            )

            _at_field_ = "stderr"
            stderr = d.pop("stderr")

            _at_field_ = "stdout"
            stdout = d.pop("stdout")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        shell_call_output_content = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
        )

        shell_call_output_content.additional_properties = d
        return shell_call_output_content


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ShellCallOutputContentOutcomeType0 = _LazyModel(
        globals(),
        "modelgates_api.models.shell_call_output_content_outcome_type_0",
        "ShellCallOutputContentOutcomeType0",
    )
    ShellCallOutputContentOutcomeType1 = _LazyModel(
        globals(),
        "modelgates_api.models.shell_call_output_content_outcome_type_1",
        "ShellCallOutputContentOutcomeType1",
    )
