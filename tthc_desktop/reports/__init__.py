"""Period reports (BC): templates as data, figures frozen as JSON, sentences, print job and workbook; Qt-free."""
