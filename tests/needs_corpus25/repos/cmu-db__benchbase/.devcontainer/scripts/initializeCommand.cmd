cd %~dp0/../../
powershell.exe -Version 3.0 -NoProfile .devcontainer/scripts/initializeCommand.ps1
