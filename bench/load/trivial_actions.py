"""The custom action of the reference bot: one trivial action call per turn.

Served by rasa-sdk like Waypoint's actions (`--actions bench.load.trivial_actions`),
so the reference pays the same HTTP round trip with the tracker, and no more.
"""

from __future__ import annotations

from rasa_sdk import Action


class ActionCountTurn(Action):
    """Says which turn of the conversation this is: reads the tracker, nothing else."""

    def name(self) -> str:
        return "action_count_turn"

    async def run(self, dispatcher, tracker, domain):
        turns = sum(1 for event in tracker.events if event.get("event") == "user")
        dispatcher.utter_message(text=f"turn {turns}")
        return []
