"""The Qt-free core: domain types, the Google client, connections, storage.

Nothing under ``nbp_desktop.core`` may import Qt (an import-linter contract checks it), so the
same code serves the GUI, the command line and the tests.
"""
