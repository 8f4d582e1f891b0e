from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_encrypted_code_execution_result_type import (
    AnthropicEncryptedCodeExecutionResultType,
    check_anthropic_encrypted_code_execution_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput


@_attrs_define(repr=False, eq=False)
class AnthropicEncryptedCodeExecutionResult(_ModelBase):
    """
    Example:
        {'content': [], 'encrypted_stdout': 'enc_stdout', 'return_code': 0, 'stderr': '', 'type':
            'encrypted_code_execution_result'}

    """

    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type_: AnthropicEncryptedCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        "encrypted_stdout",
        "return_code",
        "stderr",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = []
            _content = d.pop("content")
            for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                try:
                    content_item = AnthropicCodeExecutionOutput.from_dict(content_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _content_item_data_index)
                content.append(content_item)

            _at_field_ = "encrypted_stdout"
            encrypted_stdout = d.pop("encrypted_stdout")

            _at_field_ = "return_code"
            return_code = d.pop("return_code")

            _at_field_ = "stderr"
            stderr = d.pop("stderr")

            _at_field_ = "type"
            type_ = check_anthropic_encrypted_code_execution_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_encrypted_code_execution_result = cls(
            content=content,
            encrypted_stdout=encrypted_stdout,
            return_code=return_code,
            stderr=stderr,
            type_=type_,
        )

        anthropic_encrypted_code_execution_result.additional_properties = d
        return anthropic_encrypted_code_execution_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCodeExecutionOutput = _LazyModel(
        globals(), "modelgates_api.models.anthropic_code_execution_output", "AnthropicCodeExecutionOutput"
    )
