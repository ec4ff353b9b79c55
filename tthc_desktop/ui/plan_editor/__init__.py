"""The Plan editor workspace: the outline tree over the service, edits as undoable commands."""
