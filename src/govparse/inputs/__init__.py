"""Stage 1, bytes to text: files and paths in, their text out.

``paths`` expands the command line's files and directories, ``files`` decodes
plain text (utf-8, gb18030, big5) and hands PDF, HTML and DOCX to ``extract``;
``limits`` holds the sizes past which an input is refused.
"""
