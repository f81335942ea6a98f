"""Two workspaces, as photo tools have: *Generate* (compose, the image large, the queue, a
filmstrip) and *Library* (the grid gets the whole width). Each remembers which side panels it
shows; switching tabs switches them. Tab hides or shows the side panels of the workspace in
view; F toggles full screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSizePolicy, QTabWidget, QWidget

GENERATE, LIBRARY = "generate", "library"


class Workspaces(QObject):
    def __init__(self, window: QMainWindow, tabs: QTabWidget, pages: dict[str, QWidget],
                 docks: dict[str, QDockWidget], shown: dict[str, set[str]],
                 in_front: tuple[QDockWidget, ...] = ()) -> None:
        """``pages``: the tab page of each workspace; ``shown``: the docks each shows at first;
        ``in_front``: of docks that share a place (tabbed), these are raised when shown."""
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.pages = pages
        self.docks = docks
        self.shown = {name: set(docks_shown) for name, docks_shown in shown.items()}
        self.in_front = in_front
        self._hidden_by_tab: dict[str, set[str]] = {}  # docks Tab put away, per workspace
        self.current = self.workspace_of(tabs.currentWidget())
        tabs.currentChanged.connect(self._on_tab_changed)
        self._size_pages()  # before the first window is sized to the screen

    def workspace_of(self, page: QWidget | None) -> str:
        for name, workspace_page in self.pages.items():
            if workspace_page is page:
                return name
        return GENERATE

    def _visible_docks(self) -> set[str]:
        return {name for name, dock in self.docks.items() if not dock.isHidden()}

    def _on_tab_changed(self, _index: int) -> None:
        new = self.workspace_of(self.tabs.currentWidget())
        if new == self.current:
            return
        self.shown[self.current] = self._visible_docks() | self._hidden_by_tab.pop(self.current, set())
        self.current = new
        self.apply()

    def apply(self) -> None:
        """Show the current workspace's panels (and only those)."""
        wanted = self.shown.get(self.current, set())
        for name, dock in self.docks.items():
            dock.setVisible(name in wanted)
        self._size_pages()
        for dock in self.in_front:
            if not dock.isHidden():
                dock.raise_()
        # The window's minimum size follows the panels now, not on the next event: a resize
        # straight after switching is not held to the other workspace's minimum width.
        layout = self.window.layout()
        if layout is not None:
            layout.activate()

    def _size_pages(self) -> None:
        """A tab widget is as wide as its widest page, shown or not: the Library's filter row
        (long in French) would widen Generate past a 1366-px screen. A page out of view asks
        for no width of its own."""
        for name, page in self.pages.items():
            horizontal = QSizePolicy.Policy.Preferred if name == self.current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(horizontal, page.sizePolicy().verticalPolicy())

    def add_dock(self, dock: QDockWidget, shown_in: tuple[str, ...] = (GENERATE,)) -> None:
        """A panel installed later (the Batches pane); shown in ``shown_in`` at first."""
        name = dock.objectName()
        self.docks[name] = dock
        for workspace in shown_in:
            self.shown.setdefault(workspace, set()).add(name)
        dock.setVisible(name in self.shown.get(self.current, set()))

    def remember(self) -> dict[str, set[str]]:
        """What each workspace shows, with the current one as it is now (to be saved)."""
        self.shown[self.current] = self._visible_docks() | self._hidden_by_tab.get(self.current, set())
        return self.shown

    def toggle_side_panels(self) -> None:
        """Tab: put the side panels away to see only the image or the grid, and back."""
        hidden = self._hidden_by_tab.pop(self.current, None)
        if hidden is not None:
            for name in hidden:
                self.docks[name].show()
            return
        visible = self._visible_docks()
        if visible:
            self._hidden_by_tab[self.current] = visible
            for name in visible:
                self.docks[name].hide()

    def toggle_full_screen(self) -> None:
        state = self.window.windowState()
        self.window.setWindowState(state ^ Qt.WindowState.WindowFullScreen)

    @property
    def side_panels_hidden(self) -> bool:
        return self.current in self._hidden_by_tab

    def is_full_screen(self) -> bool:
        return bool(self.window.windowState() & Qt.WindowState.WindowFullScreen)

