"""Command-line subcommands: one module each, with ``register(subparsers)`` and ``run(args, io)``."""
