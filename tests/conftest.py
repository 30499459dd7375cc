"""Shared fixtures: the loopback feed server and the fake Slack and Telegram APIs."""

pytest_plugins = ["feedserver", "fake_slack", "fake_telegram"]
