from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_request_plugin_file_parser_id import (
    ChatRequestPluginFileParserId,
    check_chat_request_plugin_file_parser_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_parser_pdf_options import FileParserPdfOptions


T = TypeVar("T", bound="ChatRequestPluginFileParser")


@_attrs_define
class ChatRequestPluginFileParser:
    """File parser plugin (PDF inputs).

    Attributes:
        id (ChatRequestPluginFileParserId):
        enabled (bool | Unset): Set to false to disable the plugin for this request.
        pdf (FileParserPdfOptions | Unset): PDF parsing options.
    """

    id: ChatRequestPluginFileParserId
    enabled: bool | Unset = UNSET
    pdf: FileParserPdfOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        enabled = self.enabled

        pdf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf, Unset):
            pdf = self.pdf.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if pdf is not UNSET:
            field_dict["pdf"] = pdf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_parser_pdf_options import FileParserPdfOptions

        d = dict(src_dict)
        id = check_chat_request_plugin_file_parser_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        _pdf = d.pop("pdf", UNSET)
        pdf: FileParserPdfOptions | Unset
        if isinstance(_pdf, Unset):
            pdf = UNSET
        else:
            pdf = FileParserPdfOptions.from_dict(_pdf)

        chat_request_plugin_file_parser = cls(
            id=id,
            enabled=enabled,
            pdf=pdf,
        )

        return chat_request_plugin_file_parser
