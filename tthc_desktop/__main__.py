"""`python -m tthc_desktop`: the same entry as the `tthc-desktop` command."""

from tthc_desktop.cli import main

raise SystemExit(main())
