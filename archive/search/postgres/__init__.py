"""The PostgreSQL search engine (see backend.py)."""
