"""The central hub: receives anonymous count cells from every laptop (see docs/sync-protocol.md)."""
