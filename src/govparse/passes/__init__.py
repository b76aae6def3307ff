"""Stage 3, amounts to metrics: the passes over one :class:`~govparse.document.Document`.

Run in this order by :func:`govparse.report.metrics`: ``periods`` (the time
each amount refers to), ``roles`` (value, growth, target, share …), ``names``
(the metric's name, helped by ``spot``, ``lists``, ``phrases`` and ``words``),
``indicators`` (a standard id for a name); ``cells`` reads the tables. Before
them ``header`` reads the report as a whole once (``structure``: lines and
headings; ``metadata``: title, dates, issuer; ``places`` and ``divisions``: the
region) and keeps it on the Document.
"""
