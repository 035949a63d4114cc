# Helpers of windows.yml for reading the wizard's log: only what one run wrote counts,
# never lines an earlier run left in the same file.

function Get-LogLength([string]$log) {
  if (Test-Path $log) { return (Get-Item $log).Length }
  return 0
}

# The text the log gained after $offset bytes. The wizard may still have the file open
# for writing (Python shares it), so it is opened sharing read and write.
function Read-NewLog([string]$log, [long]$offset) {
  if (-not (Test-Path $log)) { return "" }
  $stream = [IO.File]::Open($log, [IO.FileMode]::Open, [IO.FileAccess]::Read, [IO.FileShare]::ReadWrite)
  try {
    $null = $stream.Seek($offset, [IO.SeekOrigin]::Begin)
    $reader = New-Object IO.StreamReader($stream, [Text.Encoding]::UTF8)
    return $reader.ReadToEnd()
  } finally {
    $stream.Dispose()
  }
}
