; Inno Setup script for the Windows installer. Build the onedir bundle first
; (pyinstaller packaging\nbp_desktop.spec), then:  iscc packaging\windows\nbp-desktop.iss
; Signing: set SignTool in Inno Setup (Tools > Configure Sign Tools) to e.g.
;   signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /n "Studio Name" $f
; and build with  iscc /Ssigntool="signtool sign /fd SHA256 ... $f" packaging\windows\nbp-desktop.iss
#define AppVersion "0.1.0"
[Setup]
AppId={{6F3B2A0E-8C41-4E5B-9B1A-2D7C9E0F1A55}
AppName=nbp-desktop
AppVersion={#AppVersion}
AppPublisher=nbp-desktop
DefaultDirName={autopf}\nbp-desktop
DefaultGroupName=nbp-desktop
OutputBaseFilename=nbp-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\nbp-desktop.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
SignedUninstaller=yes
SignTool=signtool

[Files]
Source: "..\..\dist\nbp-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\nbp-desktop"; Filename: "{app}\nbp-desktop.exe"
Name: "{autodesktop}\nbp-desktop"; Filename: "{app}\nbp-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\nbp-desktop.exe"; Description: "Start nbp-desktop"; Flags: nowait postinstall skipifsilent
