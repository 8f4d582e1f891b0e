from typing import Literal

from ..types import check_enum

DataCollection = Literal["allow", "deny"] | str

DATA_COLLECTION_VALUES: set[DataCollection] = {
    "allow",
    "deny",
}


def check_data_collection(value: str) -> DataCollection:
    return check_enum(value, DATA_COLLECTION_VALUES, "DataCollection")
