"""The app's words in other languages: Qt Linguist ``.ts`` sources (in the repository, made by
``pyside6-lupdate`` from the code) and the ``.qm`` files compiled from them (never committed:
built at install and bundle time, see ``sources.py``), loaded at start-up (``loading.py``).

    python -m nbp_desktop.qt.translations update    # .ts files from the code (after marking)
    python -m nbp_desktop.qt.translations compile   # .qm files next to them
"""
