"""``python -m tradecheck``."""

from .cli import main

if __name__ == "__main__":  # worker processes started by forkserver/spawn import this module too
    main()
