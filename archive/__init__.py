"""The record and the index: settings, database, models, blobs and search."""
