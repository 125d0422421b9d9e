"""Run Waypoint's processes on one machine: action server, Rasa server, widget page.

`python -m stack run` is what scripts/run starts; the end-to-end tests use the
same `Stack` on free ports, so what the tests exercise is what a newcomer runs.
"""

from .processes import Stack, StackConfig, free_port

__all__ = ["Stack", "StackConfig", "free_port"]
