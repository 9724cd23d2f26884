"""Enrichers: pure functions of (text, pages, metadata) returning values with evidence."""
