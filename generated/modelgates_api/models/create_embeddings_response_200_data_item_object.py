from typing import Literal

from ..types import check_enum

CreateEmbeddingsResponse200DataItemObject = Literal["embedding"] | str

CREATE_EMBEDDINGS_RESPONSE_200_DATA_ITEM_OBJECT_VALUES: set[CreateEmbeddingsResponse200DataItemObject] = {
    "embedding",
}


def check_create_embeddings_response_200_data_item_object(value: str) -> CreateEmbeddingsResponse200DataItemObject:
    return check_enum(
        value, CREATE_EMBEDDINGS_RESPONSE_200_DATA_ITEM_OBJECT_VALUES, "CreateEmbeddingsResponse200DataItemObject"
    )
