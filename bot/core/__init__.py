"""The pure core: no network, no SDK types, and `now` is always passed in."""
