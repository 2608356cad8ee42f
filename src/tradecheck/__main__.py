"""``python -m tradecheck``."""

from .cli import main

main()
