"""The offline resource directory (issue 12): HSDS 3.0 subset, store, search, signing."""
