from typing import Literal

from ..types import check_enum

CreateEmbeddingsBodyInputType4ItemContentItemType0Type = Literal["text"] | str

CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_0_TYPE_VALUES: set[
    CreateEmbeddingsBodyInputType4ItemContentItemType0Type
] = {
    "text",
}


def check_create_embeddings_body_input_type_4_item_content_item_type_0_type(
    value: str,
) -> CreateEmbeddingsBodyInputType4ItemContentItemType0Type:
    return check_enum(
        value,
        CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_0_TYPE_VALUES,
        "CreateEmbeddingsBodyInputType4ItemContentItemType0Type",
    )
