"""The front ends: raw text dumps (``text``) and HTML (``html`` and the modules it uses) into drafts."""

#: A soft hyphen (U+00AD) marks where a word may break: no character of the text a reader sees, so both front
#: ends leave it out of block text.
SOFT_HYPHEN = "\u00ad"
