; Inno Setup recipe for the Windows build — compile on Windows after `python packaging\build.py windows`:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DSourceDir=dist\Calculator packaging\windows\calculator.iss
; (build.py runs ISCC itself when it is on PATH.)
;
; Threat A1: the installer, the start-menu entry, the uninstall entry in "Apps & features", the
; install folder and the icon all say "Calculator"; there is no publisher name or web address.
; Per-user install (no admin rights needed, nothing in Program Files that another account sees).
; No desktop icon unless she ticks it.

#ifndef SourceDir
  #define SourceDir "..\..\dist\Calculator"
#endif

[Setup]
; A fixed, meaningless id so upgrades replace the old install (it names nothing).
AppId={{6E0B7F5A-3C1D-4B8E-9A27-5D4C2F1E8B90}
AppName=Calculator
AppVersion=0.1.0
AppVerName=Calculator
AppPublisher=
DefaultDirName={localappdata}\Programs\Calculator
DefaultGroupName=Calculator
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
OutputBaseFilename=Calculator-setup
SetupIconFile=..\..\resources\icons\calculator.ico
UninstallDisplayIcon={app}\Calculator.exe
UninstallDisplayName=Calculator
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Calculator"; Filename: "{app}\Calculator.exe"
Name: "{userdesktop}\Calculator"; Filename: "{app}\Calculator.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Calculator.exe"; Description: "{cm:LaunchProgram,Calculator}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program folder only. Her data (in %LOCALAPPDATA%\calc-data) is never removed by the uninstaller:
; deleting evidence must be her own, deliberate act.
Type: filesandordirs; Name: "{app}"
