"""Load benchmark: concurrent multi-turn conversations over Rasa's REST channel.

Run `python -m bench.load --help`. Nothing is imported here on purpose: rasa-sdk
imports bench.load.trivial_actions, which must stay light.
"""
