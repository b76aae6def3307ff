"""Stage 4, reports out: JSON/CSV/table rows (``formats``), pandas frames and
series (``frames``), the HTML view (``view``) and safe writing of files
(``writing``). Nothing here parses; the models never import it.
"""
from . import frames, view  # noqa: F401  (they register Report.to_frame and Report.to_html)
