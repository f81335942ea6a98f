"""XMP metadata for exported images: what DAM tools (Bridge, Lightroom, Finder) show, and the
IPTC digital source type that marks the image as made by a generative model."""

from __future__ import annotations

import re
from xml.etree import ElementTree
from xml.sax.saxutils import escape

TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
NBP_NAMESPACE = "https://nbp-desktop.invalid/ns/1.0/"


def build_xmp(prompt: str, model: str, connection_kind: str, seed: int | None, created: str,
              creator_tool: str, image_id: str = "") -> bytes:
    def text(value: object) -> str:
        return escape(str(value), {'"': "&quot;"})

    extra_lines = f"\n      <nbp:seed>{seed}</nbp:seed>" if seed is not None else ""
    # The library image this file was exported from: dropped back on the app, it recalls that
    # image's settings.
    if image_id:
        extra_lines += f"\n      <nbp:imageId>{text(image_id)}</nbp:imageId>"
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
        xmlns:nbp="{NBP_NAMESPACE}">
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(prompt)}</rdf:li></rdf:Alt></dc:description>
      <xmp:CreatorTool>{text(creator_tool)}</xmp:CreatorTool>
      <xmp:CreateDate>{text(created)}</xmp:CreateDate>
      <Iptc4xmpExt:DigitalSourceType>{TRAINED_ALGORITHMIC_MEDIA}</Iptc4xmpExt:DigitalSourceType>
      <nbp:model>{text(model)}</nbp:model>
      <nbp:connectionKind>{text(connection_kind)}</nbp:connectionKind>{extra_lines}
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PREFIXES = {"x": "adobe:ns:meta/", "rdf": _RDF, "dc": "http://purl.org/dc/elements/1.1/",
             "xmp": "http://ns.adobe.com/xap/1.0/", "photoshop": "http://ns.adobe.com/photoshop/1.0/",
             "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
             "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
             "xmpRights": "http://ns.adobe.com/xap/1.0/rights/", "tiff": "http://ns.adobe.com/tiff/1.0/",
             "exif": "http://ns.adobe.com/exif/1.0/", "nbp": NBP_NAMESPACE}


def merge_xmp(ours: bytes, theirs: bytes) -> bytes:
    """``ours`` plus every property of ``theirs`` that ours does not set (e.g. Google's
    ``photoshop:Credit`` "Made with Google AI"): merged, never replaced. Unreadable XMP from
    the source is left out rather than breaking the export."""
    try:
        their_root = ElementTree.fromstring(_packet_body(theirs))
        our_root = ElementTree.fromstring(_packet_body(ours))
    except ElementTree.ParseError:
        return ours
    for prefix, uri in _PREFIXES.items():
        ElementTree.register_namespace(prefix, uri)
    for prefix, uri in re.findall(r'xmlns:([A-Za-z0-9_.-]+)="([^"]+)"', theirs.decode("utf-8", "replace")):
        if prefix not in _PREFIXES and not prefix.startswith("ns"):
            ElementTree.register_namespace(prefix, uri)
    description = our_root.find(f".//{{{_RDF}}}Description")
    if description is None:
        return ours
    have = {child.tag for child in description} | set(description.attrib)
    for source in their_root.iter(f"{{{_RDF}}}Description"):
        for name, value in source.attrib.items():
            if name not in have and not name.startswith(f"{{{_RDF}}}"):
                description.set(name, value)
                have.add(name)
        for child in list(source):
            if child.tag not in have:
                description.append(child)
                have.add(child.tag)
    body = ElementTree.tostring(our_root, encoding="unicode")
    return (f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{body}\n'
            '<?xpacket end="w"?>').encode("utf-8")


def _packet_body(packet: bytes) -> bytes:
    """The ``x:xmpmeta`` element without the xpacket processing instructions."""
    text = packet.decode("utf-8", "replace")
    start = text.find("<x:xmpmeta")
    end = text.rfind("</x:xmpmeta>")
    if start < 0 or end < 0:
        start, end = text.find("<rdf:RDF"), text.rfind("</rdf:RDF>")
        return text[start:end + len("</rdf:RDF>")].encode("utf-8") if start >= 0 <= end else b""
    return text[start:end + len("</x:xmpmeta>")].encode("utf-8")
