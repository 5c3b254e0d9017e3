#!/usr/bin/env python3
"""Generates the API surface from the official spec and the hand-kept overlay.

    python codegen/generate.py            # writes the generated files
    python codegen/generate.py --check    # fails if a committed file differs
    python codegen/generate.py --spec X --out DIR   # another spec, into DIR (tests)
    python codegen/generate.py --diff OLD.json NEW.json   # what a new spec changes

Inputs: spec/cloud-openapi.json (checked against spec/cloud-openapi.lock, its sha256)
and spec/overlay.json (what the spec does not say). Standard library only.

The pipeline: codegen/model.py reads both into a model of the API; one module per
output writes a file from it (codegen/cli.py lists them); ARCHITECTURE.md says where
each output is used.
"""

import sys
from pathlib import Path

# Run as a script: the package beside this file is `codegen`; no caches in the tree.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from codegen.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
