"""Stage 2, text to amounts: every number with its unit, as written and as a value.

``numerals`` and ``units`` hold the characters and units (from ``data/``);
``scan`` finds candidate spans cheaply, ``grammar`` (``quantity.lark``) reads
each into an exact Decimal, ``exclude`` drops dates and references, ``reading``
makes the :class:`~govparse.quantities.reading.Reading` every pass annotates,
``lost`` finds units whose number was lost, and ``amounts`` is the public
one-amount reader.
"""
