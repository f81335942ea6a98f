"""Entry point of the frozen app (PyInstaller): the same as the ``nbp-desktop`` command."""

import sys

from nbp_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
