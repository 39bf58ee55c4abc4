"""Load every table of a claimkit dataset with Hugging Face `datasets`, offline.

    python tests/python/check_hf_datasets.py [DATASET_DIR]   (default: datasets/claims)

Reads the configs from the data card's YAML front matter (README.md), checks that `datasets`
sees the same configs, loads each one with `load_dataset(DATASET_DIR, name)` and checks its
rows against manifest.json and its columns against the Parquet file. Runs without network:
HF_DATASETS_OFFLINE=1 and HF_HUB_OFFLINE=1 are set here, and HF_HOME points to a temporary
folder (removed at exit) so that a stale cache can neither help nor hurt.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
_cache = tempfile.TemporaryDirectory(prefix="claimkit-hf-")
os.environ["HF_HOME"] = _cache.name

import pyarrow.parquet as pq  # noqa: E402
import yaml  # noqa: E402  (a dependency of datasets)
from datasets import get_dataset_config_names, load_dataset  # noqa: E402


def card_configs(card: Path) -> list[dict]:
    text = card.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{card}: no YAML front matter"
    front = yaml.safe_load(text.split("---\n", 2)[1])
    return front["configs"]


def main() -> None:
    dataset = Path(sys.argv[1] if len(sys.argv) > 1 else "datasets/claims")
    rows = json.loads((dataset / "manifest.json").read_text(encoding="utf-8"))["rows"]
    configs = card_configs(dataset / "README.md")

    names = [config["config_name"] for config in configs]
    assert sorted(names) == sorted(rows), f"card configs {names} != manifest tables {sorted(rows)}"
    defaults = [config["config_name"] for config in configs if config.get("default")]
    assert defaults == ["claims"], f"default config is {defaults}, expected ['claims']"
    seen = get_dataset_config_names(str(dataset))
    assert sorted(seen) == sorted(names), f"datasets sees {seen}, the card says {names}"

    made = json.loads((dataset / "manifest.json").read_text(encoding="utf-8")).get("split")
    for config in configs:
        name = config["config_name"]
        loaded = load_dataset(str(dataset), name)
        files = config["data_files"]
        if isinstance(files, list):
            # A split dataset: train/validation/test, as `claimkit split` counted them,
            # together every row of the table, no document in two splits.
            assert list(loaded) == ["train", "validation", "test"], f"{name}: splits {list(loaded)}"
            assert made, f"{name}: split files but no split in manifest.json"
            for split in loaded:
                want = made["rows"][name][split]
                assert loaded[split].num_rows == want, f"{name}/{split}: {loaded[split].num_rows} rows, manifest says {want}"
                assert set(loaded[split]["split"]) <= {split}, f"{name}/{split}: other split values"
            assert sum(loaded[s].num_rows for s in loaded) == rows[name], f"{name}: splits do not add up"
            docs = [set(loaded[s]["doc_id"]) for s in loaded]
            assert not (docs[0] & docs[1] or docs[0] & docs[2] or docs[1] & docs[2]), f"{name}: a document in two splits"
            columns = pq.read_schema(dataset / files[0]["path"]).names
            split = loaded["train"]
        else:
            assert list(loaded) == ["train"], f"{name}: splits {list(loaded)}"
            split = loaded["train"]
            assert split.num_rows == rows[name], f"{name}: {split.num_rows} rows, manifest says {rows[name]}"
            columns = pq.read_schema(dataset / files).names
        assert split.column_names == columns, f"{name}: columns {split.column_names} != {columns}"
        print(f"load_dataset({str(dataset)!r}, {name!r}): {', '.join(f'{s} {loaded[s].num_rows}' for s in loaded)} rows, {len(columns)} columns")

    default = load_dataset(str(dataset))  # no name: the default config
    assert sum(default[s].num_rows for s in default) == rows["claims"], "the default config is not the claims table"
    print(f"ok: {len(configs)} configs load offline with Hugging Face datasets, row counts match manifest.json")


if __name__ == "__main__":
    main()
