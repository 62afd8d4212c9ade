"""The gettext catalogs, shipped as the data package `bot.locales` (see pyproject.toml).

This file only makes the folder a package, which setuptools' editable install needs to import
it from outside bot/; bot/catalogs.py reads the catalogs with importlib.resources.
"""
