"""Waypoint's channel connectors, run inside the Rasa server (bot/credentials.yml).

    rest.WaypointRestInput            /webhooks/rest/webhook      REST, checked
    websocket.WaypointSocketIOInput   /socket.io                  the web widget
    twilio.TwilioSmsInput             /webhooks/twilio/webhook    SMS through Twilio
    twilio.WhatsAppInput              /webhooks/whatsapp/webhook  WhatsApp through Twilio
    telegram.TelegramInput            /webhooks/telegram/webhook
    facebook.MessengerInput           /webhooks/facebook/webhook

The REST and socket.io channels check what a caller sent before Rasa sees it
(`validation`). The messaging connectors check the provider's signature before anything
else (403, nothing processed), stay closed (503) while their secret is not configured
(`settings`), and send plain text (`text`) in the shape the action side chose
(actions/presentation.py). `bot.ratelimit` limits messages per sender.
`python -m bot.channels telegram-webhook --url URL` registers the Telegram webhook.

The connector modules import Rasa; `settings` and `text` do not, so the action side
and the tests can import them. Nothing is imported here for that reason.
"""

__all__: list[str] = []
