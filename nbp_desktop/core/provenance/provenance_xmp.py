"""For presets that strip all provenance: the provenance properties (Google's credit line, the
IPTC digital source type) taken out of our export XMP. Merging Google's XMP into ours, when
provenance is kept, is ``core.export.xmp.merge_xmp``.

XMP is RDF/XML: edited with the standard library's XML parser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from nbp_desktop.core.export.xmp import NBP_NAMESPACE

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
PLUS = "http://ns.useplus.org/ldf/xmp/1.0/"
# What says where the image came from.
PROVENANCE_FIELDS = (f"{{{PHOTOSHOP}}}Credit", f"{{{IPTC_EXT}}}DigitalSourceType",
                     f"{{{IPTC_EXT}}}DigitalSourceFileType", f"{{{PHOTOSHOP}}}Source",
                     f"{{{PLUS}}}DataMining")
_PREFIXES = {"x": "adobe:ns:meta/", "rdf": RDF, "dc": "http://purl.org/dc/elements/1.1/",
             "xmp": "http://ns.adobe.com/xap/1.0/", "photoshop": PHOTOSHOP, "Iptc4xmpExt": IPTC_EXT,
             "plus": PLUS, "nbp": NBP_NAMESPACE}
_PACKET = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.S)


def strip_provenance(ours: bytes) -> bytes:
    """Our XMP packet without any provenance property (elements or attributes)."""
    match = _PACKET.search(ours)
    if match is None:
        return ours
    try:
        root = ET.fromstring(match.group(0))
    except ET.ParseError:
        return ours
    for description in root.iter(f"{{{RDF}}}Description"):
        for child in list(description):
            if child.tag in PROVENANCE_FIELDS:
                description.remove(child)
        for name in list(description.attrib):
            if name in PROVENANCE_FIELDS:
                del description.attrib[name]
    for prefix, uri in _PREFIXES.items():
        ET.register_namespace(prefix, uri)
    body = ET.tostring(root, encoding="unicode").encode("utf-8")
    return ours[:match.start()] + body + ours[match.end():]
