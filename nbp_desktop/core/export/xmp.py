"""XMP metadata for exported images: what DAM tools (Bridge, Lightroom, Finder) show, and the
IPTC digital source type that marks the image as made by a generative model."""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.etree import ElementTree
from xml.sax.saxutils import escape

# One JPEG APP1 segment holds 65535 bytes, less its length field and the XMP namespace name.
JPEG_XMP_LIMIT = 65535 - 2 - len(b"http://ns.adobe.com/xap/1.0/\x00")
SHORTENED_MARK = " … [shortened; the full prompt is kept in the nbp-desktop library]"
SHORTENED_NOTE = ("the prompt was too long for a JPEG's metadata, so it is shortened there; the "
                  "full text stays in the library")
# What XML 1.0 cannot hold at all (control characters pasted from Word or a PDF, for one).
_NOT_XML = re.compile("[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")

TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
NBP_NAMESPACE = "https://nbp-desktop.invalid/ns/1.0/"


def xml_text(value: object) -> str:
    """``value`` escaped for XML, with the characters XML cannot hold dropped."""
    return escape(_NOT_XML.sub("", str(value)), {'"': "&quot;"})


def fit_prompt(prompt: str, packet_for: Callable[[str, bool], bytes],
               max_bytes: int | None) -> tuple[bytes, bool]:
    """``packet_for(prompt, shortened)``'s packet, with the prompt shortened (and marked so)
    when the whole packet would be over ``max_bytes``; and whether it was shortened."""
    packet = packet_for(prompt, False)
    if max_bytes is None or len(packet) <= max_bytes:
        return packet, False
    best = packet_for(SHORTENED_MARK.strip(), True)
    low, high = 0, len(prompt)
    while low <= high:  # the longest start of the prompt that fits
        middle = (low + high) // 2
        candidate = packet_for(prompt[:middle].rstrip() + SHORTENED_MARK, True)
        if len(candidate) <= max_bytes:
            best, low = candidate, middle + 1
        else:
            high = middle - 1
    return best, True


def build_xmp(prompt: str, model: str, connection_kind: str, seed: int | None, created: str,
              creator_tool: str, image_id: str = "", shortened: bool = False) -> bytes:
    text = xml_text

    extra_lines = f"\n      <nbp:seed>{seed}</nbp:seed>" if seed is not None else ""
    # The library image this file was exported from: dropped back on the app, it recalls that
    # image's settings.
    if image_id:
        extra_lines += f"\n      <nbp:imageId>{text(image_id)}</nbp:imageId>"
    if shortened:
        extra_lines += "\n      <nbp:promptShortened>True</nbp:promptShortened>"
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
            '<?xpacket end="w"?>').encode()


def _packet_body(packet: bytes) -> bytes:
    """The ``x:xmpmeta`` element without the xpacket processing instructions."""
    text = packet.decode("utf-8", "replace")
    start = text.find("<x:xmpmeta")
    end = text.rfind("</x:xmpmeta>")
    if start < 0 or end < 0:
        start, end = text.find("<rdf:RDF"), text.rfind("</rdf:RDF>")
        return text[start:end + len("</rdf:RDF>")].encode("utf-8") if start >= 0 <= end else b""
    return text[start:end + len("</x:xmpmeta>")].encode("utf-8")
