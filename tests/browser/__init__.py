"""Browser tests (real Chromium). A package so that test module names do not clash with
tests/ (tests/test_page.py and tests/browser/test_page.py)."""
