"""`python -m web` is the `hrarchive` command."""
from .cli import main

main()
