"""Stage 3, amounts to metrics: the passes over one :class:`~govparse.document.Document`.

Run in this order by :func:`govparse.report.metrics`: ``periods`` (the time
each amount refers to), ``roles`` (value, growth, target, share …), ``names``
(the metric's name, helped by ``spot``, ``lists``, ``phrases`` and ``words``),
``indicators`` (a standard id for a name). Beside them, ``structure`` (lines,
headings), ``metadata`` (title, date, issuer) and ``region`` read the report as
a whole.
"""
