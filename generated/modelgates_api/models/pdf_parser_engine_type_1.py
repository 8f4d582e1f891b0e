from typing import Literal

PDFParserEngineType1 = Literal["pdf-text"]

PDF_PARSER_ENGINE_TYPE_1_VALUES: set[PDFParserEngineType1] = {
    "pdf-text",
}


def check_pdf_parser_engine_type_1(value: str) -> PDFParserEngineType1:
    if value in PDF_PARSER_ENGINE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PDF_PARSER_ENGINE_TYPE_1_VALUES!r}"
    )
