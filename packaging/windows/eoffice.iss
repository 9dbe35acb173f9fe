; Inno Setup script: installs dist\eoffice\ per machine with a Start-menu shortcut, and uninstalls cleanly.
; Office data is in each user's %LOCALAPPDATA%\eOffice and is never removed by the uninstaller.
; Build: iscc packaging\windows\eoffice.iss   (after `python packaging\build.py` on Windows)

#define AppVersion "0.1.0"

[Setup]
AppId={{6F0B7C52-3A4E-4C1B-9A55-2E0D4B1F7A10}
AppName=eOffice Desktop
AppVersion={#AppVersion}
AppPublisher=Lao PDR e-Government
DefaultDirName={autopf}\eOffice
DefaultGroupName=eOffice
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=eoffice-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\eoffice.ico
UninstallDisplayIcon={app}\eoffice.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\eoffice\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\eOffice"; Filename: "{app}\eoffice.exe"
Name: "{group}\eOffice self-test"; Filename: "{app}\eoffice.exe"; Parameters: "--self-test"
Name: "{group}\Uninstall eOffice"; Filename: "{uninstallexe}"
Name: "{commondesktop}\eOffice"; Filename: "{app}\eoffice.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\eoffice.exe"; Description: "Start eOffice"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}"
