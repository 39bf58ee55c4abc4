"""Create or reuse the throwaway venv for the notebook and data-tool checks; print its python.

    python3 tests/python/venv.py [--requirements FILE] [--venv DIR]

Defaults: notebooks/requirements.txt, and target/py-venv (under $CARGO_TARGET_DIR if set).
A `constraints.txt` beside the requirements file pins every transitive dependency (pip's
`--constraint`): a new release of a package nobody named (sentry-sdk 3.0 broke label-studio
1.23.2 this way) cannot change what the tests run. `python3 tests/python/lock.py REQUIREMENTS`
writes it. The venv is keyed by a hash of both files and of this Python's version and path: when
any changes, the venv is removed and built again. A build that fails leaves no key behind,
so the next run tries again. A lock file beside the venv lets concurrent test runs share it.

Prints the venv's python on the last line of stdout; progress goes to stderr. Exit codes:
0 ready, 3 pip could not install the requirements (network?), 4 the venv module is missing.
"""

import argparse
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEY_FILE = "claimkit-venv-key"


def log(message: str) -> None:
    print(f"venv: {message}", file=sys.stderr, flush=True)


def main() -> int:
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requirements", type=Path, default=ROOT / "notebooks" / "requirements.txt")
    parser.add_argument("--venv", type=Path, default=target / "py-venv")
    args = parser.parse_args()

    requirements = args.requirements.resolve()
    constraints = requirements.with_name("constraints.txt")
    pinned = constraints.read_bytes() if constraints.is_file() else b""
    venv = args.venv.resolve()
    key = hashlib.sha256(
        requirements.read_bytes() + b"\n" + pinned
        + f"\n{sys.version}\n{os.path.realpath(sys.executable)}".encode()
    ).hexdigest()[:16]
    python = venv / "bin" / "python"

    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f"{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        key_file = venv / KEY_FILE
        if python.exists() and key_file.exists() and key_file.read_text().strip() == key:
            log(f"reusing {venv} (key {key})")
            print(python)
            return 0

        began = time.monotonic()
        if venv.exists():
            log(f"{requirements.name} or the interpreter changed: removing {venv}")
            shutil.rmtree(venv)
        log(f"creating {venv} with {sys.executable} ({sys.version.split()[0]})")
        made = subprocess.run([sys.executable, "-m", "venv", str(venv)])
        if made.returncode != 0:
            log(f"FAILED: `{sys.executable} -m venv` did not work (on Debian: apt-get install python3-venv)")
            return 4
        log(f"pip install -r {requirements} (first time: about a minute)")
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
               "--retries", "2", "--timeout", "30", "--requirement", str(requirements)]
        if pinned:
            pip += ["--constraint", str(constraints)]
        if subprocess.run(pip, stdout=sys.stderr).returncode != 0:
            log(f"FAILED: pip could not install {requirements} into {venv}. Is PyPI reachable? "
                "Set CLAIMKIT_SKIP_PYTHON=1 to skip the notebook and data-tool checks.")
            return 3
        key_file.write_text(key + "\n")
        log(f"ready in {time.monotonic() - began:.0f} s (key {key})")
        print(python)
        return 0


if __name__ == "__main__":
    sys.exit(main())
