"""The live path: authentication, Blazar calls, refresh. The only package that talks to OpenStack."""
