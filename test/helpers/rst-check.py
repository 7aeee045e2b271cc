"""Parses rST from stdin with plain docutils and prints JSON: every system message at
level 2 (warning) or above, and the terms of the definition lists that sit directly in a
section (the option synopses of QEMU's docs), in document order."""
import io
import json
import sys

from docutils import nodes
from docutils.core import publish_doctree

stream = io.StringIO()
tree = publish_doctree(
    sys.stdin.read(),
    source_path="<generated>",
    settings_overrides={"report_level": 2, "halt_level": 5, "warning_stream": stream},
)
messages = [m.astext() for m in tree.findall(nodes.system_message) if m["level"] >= 2]
terms = []
for dl in tree.findall(nodes.definition_list):
    if isinstance(dl.parent, (nodes.section, nodes.document)):
        for item in dl.children:
            terms.append(item.children[0].astext())
print(json.dumps({"messages": messages, "stream": stream.getvalue(), "terms": terms}))
