"""Channel settings: secrets from the environment or credentials.yml, closed when missing."""

from __future__ import annotations

import pytest

from bot.channels import settings
from index.settings import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def no_channel_env(monkeypatch):
    for setting in settings.CHANNEL_SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    return monkeypatch


def test_channel_without_its_secret_stays_closed_and_says_what_to_set(no_channel_env):
    no_channel_env.setenv("TWILIO_ACCOUNT_SID", "AC123")
    values = settings.read(None, "account_sid", "auth_token", "sms_number")
    reason = settings.closed_reason("twilio", values)
    assert reason is not None
    assert "TWILIO_AUTH_TOKEN" in reason and "TWILIO_SMS_NUMBER" in reason
    assert "TWILIO_ACCOUNT_SID" not in reason


def test_channel_with_every_secret_is_open(no_channel_env):
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_SECRET_TOKEN"):
        no_channel_env.setenv(name, "x")
    values = settings.read(None, "access_token", "secret_token")
    assert settings.closed_reason("telegram", values) is None


def test_credentials_file_value_wins_over_the_environment(no_channel_env):
    no_channel_env.setenv("FACEBOOK_APP_SECRET", "from-env")
    assert settings.read({"app_secret": "from-file"}, "app_secret") == {"app_secret": "from-file"}
    assert settings.read({"app_secret": ""}, "app_secret") == {"app_secret": "from-env"}


def test_defaults_point_at_the_real_provider_apis(no_channel_env):
    values = settings.read(None, "api_url", "telegram_api_url", "graph_url")
    assert values["api_url"] == "https://api.twilio.com"
    assert values["telegram_api_url"] == "https://api.telegram.org"
    assert values["graph_url"].startswith("https://graph.facebook.com/")


@pytest.mark.parametrize("setting", settings.CHANNEL_SETTINGS, ids=lambda s: s.env)
def test_readme_documents_every_channel_setting(setting):
    rows = [line for line in README.splitlines() if line.startswith(f"| `{setting.env}`")]
    assert rows, f"{setting.env} is missing from the README's channel settings table"
    default = f"`{setting.default}`" if setting.default else "none"
    assert default in rows[0], f"README gives another default for {setting.env}"
