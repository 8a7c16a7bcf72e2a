"""Reports: render what the checks and the assessment returned, as JSON and HTML (and PDF)."""
