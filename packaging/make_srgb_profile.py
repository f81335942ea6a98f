"""Makes ``resources/icc/sRGB.icm``: ArgyllCMS's public-domain ICC v2 sRGB profile, with its
description set to "sRGB IEC61966-2.1" through LittleCMS (the name browsers, preflight tools and
print shops look for; Argyll's own says "sRGB IEC61966-2.1 (Equivalent to www.srgb.com 1998
HP profile)").

    apt-get download argyll-ref && dpkg-deb -x argyll-ref_*.deb argyll
    python3 packaging/make_srgb_profile.py argyll/usr/share/color/argyll/ref/sRGB.icm resources/icc/sRGB.icm

LittleCMS (Debian ``liblcms2-2``) rewrites only the description tag: it copies every other tag
as it was, keeps the header's version (2.2) and date, writes the description as a v2
``textDescriptionType`` and records itself as the profile's creator, so the same input always
gives the same bytes. Pillow's ImageCms reads profiles but cannot set a description, so this
calls LittleCMS's C API directly. Run by hand when the profile is renewed; the app and its
tests only read the result.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from pathlib import Path

DESCRIPTION = b"sRGB IEC61966-2.1"
DESCRIPTION_TAG = 0x64657363  # 'desc'


def littlecms() -> ctypes.CDLL:
    name = ctypes.util.find_library("lcms2")
    if name is None:
        sys.exit("LittleCMS is missing: apt-get install liblcms2-2")
    lib = ctypes.CDLL(name)
    lib.cmsOpenProfileFromMem.restype = ctypes.c_void_p
    lib.cmsOpenProfileFromMem.argtypes = [ctypes.c_char_p, ctypes.c_uint32]
    lib.cmsMLUalloc.restype = ctypes.c_void_p
    lib.cmsMLUalloc.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    lib.cmsMLUsetASCII.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cmsWriteTag.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p]
    lib.cmsSaveProfileToMem.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32)]
    lib.cmsMLUfree.argtypes = [ctypes.c_void_p]
    lib.cmsCloseProfile.argtypes = [ctypes.c_void_p]
    return lib


def with_description(profile: bytes, description: bytes = DESCRIPTION) -> bytes:
    lib = littlecms()
    handle = lib.cmsOpenProfileFromMem(profile, len(profile))
    if not handle:
        sys.exit("LittleCMS cannot read the input profile.")
    text = lib.cmsMLUalloc(None, 1)
    try:
        if not (lib.cmsMLUsetASCII(text, b"en", b"US", description)
                and lib.cmsWriteTag(handle, DESCRIPTION_TAG, text)):
            sys.exit("LittleCMS could not set the description.")
        size = ctypes.c_uint32(0)
        if not lib.cmsSaveProfileToMem(handle, None, ctypes.byref(size)):
            sys.exit("LittleCMS could not write the profile.")
        out = ctypes.create_string_buffer(size.value)
        if not lib.cmsSaveProfileToMem(handle, out, ctypes.byref(size)):
            sys.exit("LittleCMS could not write the profile.")
        return out.raw[:size.value]
    finally:
        lib.cmsMLUfree(text)
        lib.cmsCloseProfile(handle)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.write_bytes(with_description(source.read_bytes()))
    print(f"{target}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
