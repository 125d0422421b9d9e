"""Waypoint's channel connectors: Rasa's own, made safe for the public internet.

Each is named in bot/credentials.yml by its module path. `validation` checks what a
caller sent before Rasa sees it; `bot.ratelimit` limits messages per sender.
"""
