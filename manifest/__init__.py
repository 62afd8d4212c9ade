"""The Teams app manifest template and icons, shipped as the data package `bot.manifest` (see
pyproject.toml).

This file only makes the folder a package, which setuptools' editable install needs to import
it from outside bot/; bot/package.py reads the files with importlib.resources and never zips
this one.
"""
