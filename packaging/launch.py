"""Entry point of the frozen app (PyInstaller): the same as the ``nbp-desktop`` command."""

import multiprocessing
import sys

from nbp_desktop.cli.main import main

if __name__ == "__main__":
    # Thumbnail workers are spawned processes: in a frozen app they start as this executable,
    # and freeze_support() runs them as workers instead of a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
