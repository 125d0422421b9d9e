"""Waypoint's messaging connectors, run inside the Rasa server (bot/credentials.yml).

    bot.channels.twilio.TwilioSmsInput     /webhooks/twilio/webhook     SMS through Twilio
    bot.channels.twilio.WhatsAppInput      /webhooks/whatsapp/webhook   WhatsApp through Twilio
    bot.channels.telegram.TelegramInput    /webhooks/telegram/webhook
    bot.channels.facebook.MessengerInput   /webhooks/facebook/webhook

Each checks the provider's signature before anything else (403, nothing processed),
stays closed (503) while its secret is not configured (bot/channels/settings.py),
and sends plain text (bot/channels/text.py) in the shape the action side chose
(actions/presentation.py). `python -m bot.channels telegram-webhook --url URL`
registers the Telegram webhook.

The connector modules import Rasa; `settings` and `text` do not, so the action side
and the tests can import them. Nothing is imported here for that reason.
"""

__all__: list[str] = []
