#!/usr/bin/env bash
# Sign, notarise and staple the macOS app, then wrap it in a DMG. Runs on a Mac with Xcode's
# command-line tools and a "Developer ID Application" certificate in the keychain:
#   SIGN_ID="Developer ID Application: Studio Name (TEAMID)" \
#   NOTARY_PROFILE=nbp-notary \     # made once with: xcrun notarytool store-credentials nbp-notary
#   packaging/macos/sign_and_notarize.sh dist/nbp-desktop.app
set -euo pipefail
APP="${1:?path to nbp-desktop.app}"
: "${SIGN_ID:?set SIGN_ID}" "${NOTARY_PROFILE:?set NOTARY_PROFILE}"
HERE="$(cd "$(dirname "$0")" && pwd)"
# Sign the nested code first (dylibs, frameworks, Qt plugins), then the app itself.
find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -111 \) -print0 |
  xargs -0 codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" --sign "$SIGN_ID"
codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" --sign "$SIGN_ID" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
DMG="${APP%.app}.dmg"
hdiutil create -volname nbp-desktop -srcfolder "$APP" -ov -format UDZO "$DMG"
codesign --force --timestamp --sign "$SIGN_ID" "$DMG"
xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$DMG"
echo "signed and notarised: $DMG"
