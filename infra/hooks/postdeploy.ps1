# azd postdeploy hook (Windows): the same steps as postdeploy.sh.
$ErrorActionPreference = 'Stop'

if ($env:PIPELINE_SUBSCRIBE_BLOB_EVENTS -eq 'true') {
    Write-Host 'Event Grid subscription for ParseAnnex: already provisioned.'
    exit 0
}

Write-Host "Waking the function host ($env:API_HEALTH_URL) so it creates its blobs_extension key..."
$awake = $false
for ($attempt = 0; $attempt -lt 20 -and -not $awake; $attempt++) {
    try {
        Invoke-WebRequest -Uri $env:API_HEALTH_URL -UseBasicParsing | Out-Null
        $awake = $true
    } catch {
        Start-Sleep -Seconds 6
    }
}
if (-not $awake) {
    Write-Error "The app did not answer $env:API_HEALTH_URL; run 'azd env set PIPELINE_SUBSCRIBE_BLOB_EVENTS true; azd provision' later."
}

azd env set PIPELINE_SUBSCRIBE_BLOB_EVENTS true
azd provision --no-prompt
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
