"""Everything Qt: the main window, workspaces, item models and dialogs. Talks to services only."""
