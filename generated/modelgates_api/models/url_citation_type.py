from typing import Literal

from ..types import check_enum

URLCitationType = Literal["url_citation"] | str

URL_CITATION_TYPE_VALUES: set[URLCitationType] = {
    "url_citation",
}


def check_url_citation_type(value: str) -> URLCitationType:
    return check_enum(value, URL_CITATION_TYPE_VALUES, "URLCitationType")
