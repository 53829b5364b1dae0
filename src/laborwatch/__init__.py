"""laborwatch: sourced claims about North Korea's overseas labor, from open-source reporting."""

__version__ = "0.1.0"
