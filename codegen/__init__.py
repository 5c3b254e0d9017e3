"""The generator of the API surface (run it with `python codegen/generate.py`)."""
