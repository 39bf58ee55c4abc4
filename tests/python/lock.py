"""Write constraints.txt beside a requirements file: every package of a working venv, pinned.

    python3 tests/python/lock.py REQUIREMENTS [--from-venv DIR]

Without --from-venv, installs REQUIREMENTS into a fresh temporary venv (pip resolves the newest
versions the requirements allow) and freezes it. With --from-venv, freezes a venv that already
passed the tests (`target/py-venv`, say), which is the safer way to lock what is known to work.
tests/python/venv.py installs with `--constraint constraints.txt` whenever the file exists, so
after this, run the tests that use the venv before committing the file.
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

# Packages that the tests install themselves (the claimkit wheel), never pinned from PyPI.
LOCAL = ("claimkit",)


def freeze(python: Path) -> list[str]:
    out = subprocess.run([str(python), "-m", "pip", "freeze", "--exclude-editable",
                          "--disable-pip-version-check"], check=True, capture_output=True, text=True)
    lines = []
    for line in out.stdout.splitlines():
        name = line.split("==")[0].split(" @ ")[0].strip().lower()
        if not line or line.startswith("#") or " @ " in line or name in LOCAL:
            continue
        lines.append(line)
    return sorted(lines, key=str.lower)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requirements", type=Path)
    parser.add_argument("--from-venv", type=Path)
    args = parser.parse_args()
    requirements = args.requirements.resolve()
    if args.from_venv:
        pins = freeze(args.from_venv / "bin" / "python")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "venv", tmp], check=True)
            python = Path(tmp) / "bin" / "python"
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "--requirement", str(requirements)], check=True)
            pins = freeze(python)
    out = requirements.with_name("constraints.txt")
    header = (f"# Every package of a venv that passed the tests with {requirements.name}, pinned\n"
              f"# (CPython {sys.version_info.major}.{sys.version_info.minor}, Linux x86_64). "
              "Written by tests/python/lock.py; read by tests/python/venv.py.\n")
    out.write_text(header + "\n".join(pins) + "\n")
    print(f"{out}: {len(pins)} packages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
