"""Wellness Desk: the offline-first laptop app for music-industry wellness activations."""

__version__ = "0.1.0"
