"""``python -m pagesplit``: the same command as the ``pagesplit`` script."""

from pagesplit.cli import main_entry

if __name__ == "__main__":
    main_entry()
