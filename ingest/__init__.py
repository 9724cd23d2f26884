"""Getting documents in: extraction, enrichment and the import/ingest runners."""
