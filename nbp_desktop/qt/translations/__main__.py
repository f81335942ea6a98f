import sys

from nbp_desktop.qt.translations.sources import main

sys.exit(main(sys.argv[1:]))
