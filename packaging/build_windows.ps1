<#
.SYNOPSIS
    Builds the TTHC Desktop installer on Windows: a fresh venv, the PyInstaller bundle, a smoke run, Inno Setup.

.DESCRIPTION
    Run from any folder:  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
    Needs Python 3.11+ (64-bit) and Inno Setup 6.3+ (winget install JRSoftware.InnoSetup).
    Produces dist\tthc-desktop\ (the one-folder bundle) and dist\installer\TTHC-Desktop-<version>-setup.exe,
    and prints the installer's path. Stops at the first failing step with a non-zero exit code.

.PARAMETER Python
    The Python that creates the build venv, e.g. "C:\Python311\python.exe". Default: "py -3.11", else "python".

.PARAMETER Iscc
    Path of ISCC.exe when Inno Setup is not on PATH nor in its usual folders.
#>
param(
    [string]$Python = "",
    [string]$Iscc = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root "build\venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$Bundle = Join-Path $Root "dist\tthc-desktop"
$InstallerDir = Join-Path $Root "dist\installer"

function Invoke-Step([string]$What, [string]$Program, [string[]]$Arguments) {
    # Native programs do not raise on failure in PowerShell 5: check the exit code of every one.
    # PyInstaller and pip log to stderr: with "Stop" some hosts would turn that into an error, so judge by exit code.
    Write-Host "==> $What" -ForegroundColor Cyan
    $preference = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try { & $Program @Arguments } finally { $ErrorActionPreference = $preference }
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE): $Program $($Arguments -join ' ')" }
}

function Find-Python {
    if ($Python) { return @($Python) }
    if (Get-Command py -ErrorAction SilentlyContinue) { return @("py", "-3.11") }
    if (Get-Command python -ErrorAction SilentlyContinue) { return @("python") }
    throw "Python 3.11+ not found: install it from python.org, or pass -Python C:\path\to\python.exe"
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $onPath = Get-Command iscc -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($candidate in $candidates) { if (Test-Path $candidate) { return $candidate } }
    throw "Inno Setup 6 (ISCC.exe) not found: winget install JRSoftware.InnoSetup, or pass -Iscc C:\path\to\ISCC.exe"
}

$started = Get-Date

# 1. A venv of its own, so the bundle holds exactly the project's dependencies and PyInstaller.
$base = @(Find-Python)
$baseArgs = @()
if ($base.Count -gt 1) { $baseArgs = @($base[1..($base.Count - 1)]) }
if (-not (Test-Path $VenvPython)) {
    Invoke-Step "Create the build venv ($Venv)" $base[0] ($baseArgs + @("-m", "venv", $Venv))
}
Invoke-Step "Upgrade pip" $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Step "Install TTHC Desktop with the packaging extra" $VenvPython @("-m", "pip", "install", "--quiet", "$Root[package]")

Invoke-Step "Check PyInstaller is installed" $VenvPython @("-c", "import PyInstaller; print('PyInstaller', PyInstaller.__version__)")

$Version = & $VenvPython -c "import tthc_desktop; print(tthc_desktop.__version__)"
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "Could not read tthc_desktop.__version__" }
$Version = "$Version".Trim()
Write-Host "Version $Version"

# 2. The one-folder bundle.
Invoke-Step "PyInstaller" $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean",
    "--distpath", (Join-Path $Root "dist"), "--workpath", (Join-Path $Root "build\pyinstaller"),
    (Join-Path $Root "packaging\tthc_desktop.spec"))

# 3. Smoke run from another folder: the demo commune and its PDF prove migrations, fixture and fonts were bundled.
$smoke = Join-Path ([System.IO.Path]::GetTempPath()) ("tthc-smoke-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $smoke | Out-Null
Push-Location $smoke
try {
    $exe = Join-Path $Bundle "tthc-desktop.exe"
    Invoke-Step "Smoke run: demo" $exe @("--db", (Join-Path $smoke "smoke.sqlite"), "demo")
    Invoke-Step "Smoke run: render" $exe @("--db", (Join-Path $smoke "smoke.sqlite"), "render", "1", "--out", (Join-Path $smoke "demo.pdf"))
    if ((Get-Item (Join-Path $smoke "demo.pdf")).Length -lt 10000) { throw "Smoke run: demo.pdf is suspiciously small" }
} finally {
    Pop-Location
    Remove-Item -Recurse -Force $smoke -ErrorAction SilentlyContinue
}

# 4. The installer.
$isccExe = Find-Iscc
Invoke-Step "Inno Setup" $isccExe @("/Qp", "/DAppVersion=$Version", "/DBundleDir=$Bundle", "/O$InstallerDir",
    (Join-Path $Root "packaging\installer.iss"))

$installer = Join-Path $InstallerDir "TTHC-Desktop-$Version-setup.exe"
if (-not (Test-Path $installer)) { throw "Inno Setup reported success but $installer is missing" }
$minutes = [math]::Round(((Get-Date) - $started).TotalMinutes, 1)
Write-Host ""
Write-Host "Installer ($([math]::Round((Get-Item $installer).Length / 1MB)) MB, built in $minutes min):" -ForegroundColor Green
Write-Host $installer
