"""XMP metadata for exported images: what DAM tools (Bridge, Lightroom, Finder) show, and the
IPTC digital source type that marks the image as made by a generative model."""

from __future__ import annotations

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
