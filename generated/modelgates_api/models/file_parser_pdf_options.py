from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.pdf_parser_engine import PdfParserEngine, check_pdf_parser_engine
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileParserPdfOptions")


@_attrs_define
class FileParserPdfOptions:
    """PDF parsing options.

    Attributes:
        engine (PdfParserEngine | Unset): Engine used to parse PDF files.
    """

    engine: PdfParserEngine | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _engine = d.pop("engine", UNSET)
        engine: PdfParserEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_pdf_parser_engine(_engine)

        file_parser_pdf_options = cls(
            engine=engine,
        )

        return file_parser_pdf_options
