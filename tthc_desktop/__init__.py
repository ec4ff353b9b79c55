"""TTHC Desktop: plans, tracking and reports of administrative-procedure control for a commune."""

__version__ = "0.1.0"
