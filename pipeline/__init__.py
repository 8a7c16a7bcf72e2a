"""The one-way flow of a scan, shared by the command line (``keurmerk_scan``) and the service
(``service``): crawl (``crawler``) -> snapshot -> checks (``checks``) -> findings -> site report
-> files (``reports``), and the comparison of two scans of the same sites.

Nothing here fetches or judges by itself: it wires the crawler, the checks and the reports, and
it never knows about a database or a command line.
"""
