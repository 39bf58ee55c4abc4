"""Write the claims of a claimkit dataset (CSV) as TSV for the clustering benchmark:
doc_id, title, publication day number (days since 1970-01-01, empty if unknown), claim text.

    python claims_tsv.py DATASET_DIR OUT.tsv
"""

import csv
import datetime
import sys

csv.field_size_limit(1 << 30)


def clean(s):
    return " ".join(s.split())


def main():
    dataset, out = sys.argv[1], sys.argv[2]
    docs = {}
    with open(f"{dataset}/documents.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            d = r["published"]
            days = (datetime.date.fromisoformat(d) - datetime.date(1970, 1, 1)).days if d else ""
            docs[r["doc_id"]] = (clean(r["title"]), days)
    with open(f"{dataset}/claims.csv", encoding="utf-8", newline="") as f, open(out, "w", encoding="utf-8") as o:
        for r in csv.DictReader(f):
            title, days = docs[r["doc_id"]]
            o.write(f"{r['doc_id']}\t{title}\t{days}\t{clean(r['text'])}\n")


if __name__ == "__main__":
    main()
