"""The domain: the clerk's vocabulary and rules, free of Qt and of the database."""
