; Inno Setup 6 script for TTHC Desktop: a per-user install (no administrator rights), Start-menu shortcut, optional
; desktop shortcut, Vietnamese or English wizard. Run by packaging\build_windows.ps1 after PyInstaller:
;   iscc /DAppVersion=0.1.0 /DBundleDir=<repo>\dist\tthc-desktop /O<repo>\dist\installer packaging\installer.iss
; Saved as UTF-8 with a byte-order mark: Inno Setup reads a BOM-less script as ANSI and would garble Vietnamese.
;
; The clerk's data is never touched: the database, its backups and the evidence files live in the user's data
; folder (%LOCALAPPDATA%\TTHC\TTHC Desktop, from tthc_desktop.paths), the settings in HKCU\Software\TTHC; the
; uninstaller removes only what this script installed in {app}.

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\tthc-desktop"
#endif
; The numeric version the spec wrote into the executable (from tthc_desktop.__version__): the file version of
; setup.exe, and the app's version unless the build passes the full one (0.2.0rc1) as /DAppVersion.
#define ExeVersion GetVersionNumbersString(AddBackslash(BundleDir) + "tthc-desktop.exe")
#if ExeVersion == ""
  #error "No version in tthc-desktop.exe: build the bundle with PyInstaller first (packaging\build_windows.ps1)"
#endif
#ifndef AppVersion
  #define AppVersion ExeVersion
#endif

#define AppName "TTHC Desktop"
#define AppPublisher "TTHC"
#define AppExe "tthc-desktop-gui.exe"

; Vietnamese is an unofficial Inno Setup translation: not every Inno Setup install has it. Use it from the
; compiler's Languages folder (official or Unofficial) or from packaging\Vietnamese.isl; else English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define VietnameseIsl "compiler:Languages\Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
  #define VietnameseIsl "compiler:Languages\Unofficial\Vietnamese.isl"
#elif FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define VietnameseIsl AddBackslash(SourcePath) + "Vietnamese.isl"
#endif

[Setup]
; The AppId never changes: it is how a new version finds and replaces the old one, and how Windows lists it.
AppId={{E8D3C430-53F5-49B1-8D86-9358B55689D8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#ExeVersion}
VersionInfoProductName={#AppName}
; Per-user: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0
SetupIconFile=..\resources\icons\tthc.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputBaseFilename=TTHC-Desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy (Restart Manager) before replacing its files.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
#ifdef VietnameseIsl
Name: "vietnamese"; MessagesFile: "{#VietnameseIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DataKept=Your plans, tracking records and backups were kept in %1. Delete that folder yourself only if you no longer need them.
#ifdef VietnameseIsl
vietnamese.DataKept=Kế hoạch, dữ liệu theo dõi và các bản sao lưu vẫn được giữ trong %1. Chỉ tự xóa thư mục này khi không còn cần đến.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the whole bundle: a library left over from the old one could be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (Python caches, if any); the user's data folder is outside {app} and is never listed.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
// Where tthc_desktop.paths.data_dir() keeps the database (platformdirs: appauthor\appname under LOCALAPPDATA).
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppPublisher}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
