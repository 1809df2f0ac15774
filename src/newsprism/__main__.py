"""``python -m newsprism`` runs the CLI."""

from newsprism.cli import main

main()
