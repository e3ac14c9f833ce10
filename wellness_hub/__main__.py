"""`python -m wellness_hub`: the same as the `wellness-hub` command."""

import sys

from .cli import main

sys.exit(main())
