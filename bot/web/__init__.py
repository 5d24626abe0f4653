"""The process's web side: the application and its wiring (`app`), what it holds (`state`),
and its routes (`health`, `metrics`, `admin_page`, gathered by `routes`).

Kept empty so importing one route module never imports the whole application.
"""
