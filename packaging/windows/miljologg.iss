; Inno Setup script: the Windows installer for the frozen app (dist\miljologg\, made by
; scripts/build from packaging/miljologg.spec). Compiled by the release workflow as
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\miljologg /DOutputDir=..\..\dist packaging\windows\miljologg.iss
; Installs for the current user only (no administrator rights: most users are on a work laptop),
; into %LOCALAPPDATA%\Programs\miljologg, with a Start menu entry, an optional desktop icon and an
; uninstaller. The data file is not in the program folder, so an update or an uninstall never
; touches it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\miljologg"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6C1F3B52-0E4A-4D2B-9A61-6E3F1C9B7A10}
AppName=miljologg
AppVersion={#AppVersion}
AppVerName=miljologg {#AppVersion}
AppPublisher=miljologg
DefaultDirName={autopf}\miljologg
DefaultGroupName=miljologg
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=miljologg-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\miljologg.ico
UninstallDisplayIcon={app}\miljologg.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\miljologg"; Filename: "{app}\miljologg.exe"
Name: "{autodesktop}\miljologg"; Filename: "{app}\miljologg.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\miljologg.exe"; Description: "{cm:LaunchProgram,miljologg}"; Flags: nowait postinstall skipifsilent
