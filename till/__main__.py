"""`python -m till`: the same as the `pos` command."""

import sys

from till.cli.main import main

sys.exit(main())
