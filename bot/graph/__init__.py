"""The Microsoft Graph edge: the only package that imports httpx and msal."""
