"""Services: the operations of the app, used alike by the window and the command line. No Qt here."""
