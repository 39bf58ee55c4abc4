"""Execute a notebook headless and write the executed copy elsewhere.

    python tests/python/run_notebook.py NOTEBOOK OUTPUT [--timeout SECONDS]

The notebook runs in its own folder (as Jupyter would run it), with the Python that runs this
script as its kernel. The executed copy goes to OUTPUT, even when a cell fails, so that the
failing cell and its traceback can be read there; the committed notebook is never rewritten.
Exits 1 when a cell fails.
"""

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell")
    args = parser.parse_args()

    if args.output.resolve() == args.notebook.resolve():
        parser.error("OUTPUT must differ from NOTEBOOK: the committed notebook keeps no outputs")

    nb = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        nb,
        timeout=args.timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(args.notebook.resolve().parent)}},
    )
    began = time.monotonic()
    failed = None
    try:
        client.execute()
    except CellExecutionError as error:
        failed = error
    finally:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, args.output)

    seconds = time.monotonic() - began
    if failed is not None:
        print(f"FAILED: a cell of {args.notebook} raised (executed copy: {args.output})", file=sys.stderr)
        print(failed, file=sys.stderr)
        return 1
    cells = sum(1 for cell in nb.cells if cell.cell_type == "code")
    print(f"executed {cells} code cells of {args.notebook} in {seconds:.1f} s -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
