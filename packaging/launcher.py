"""The bundle's entry point: the `wellness-desk` console script, as a file PyInstaller can
start from (wellness_desk/__main__.py imports relatively, which a top-level script cannot)."""

import sys

from wellness_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
