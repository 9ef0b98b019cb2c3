"""Whether a network fits a dataset: the check the CLI and the app make before they train a
file's network on its data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import DataError

if TYPE_CHECKING:
    from .dataset import Dataset
    from .spec import NetworkSpec


def check_fits(spec: NetworkSpec, dataset: Dataset, data_name: str) -> None:
    """DataError naming the first mismatch: an output count the data's task does not need, or a
    feature the data does not offer. `data_name` names the data in the message (e.g. "xor")."""
    if spec.n_outputs != dataset.n_outputs:
        needs = (
            f"{dataset.n_classes} classes" if dataset.task == "multiclass"
            else f"one output ({dataset.task})"
        )
        raise DataError(
            f"the output layer has {spec.n_outputs} units but the {data_name} data has {needs}; "
            f"set the last layer's \"units\" to {dataset.n_outputs}"
        )
    offered = dataset.feature_names()
    for name in spec.features:
        if name not in offered:
            raise DataError(
                f"the {data_name} data has no feature {name!r}; it offers {', '.join(offered)} "
                "(change network.features)"
            )
