#!/bin/sh
# azd postdeploy hook: after the first deploy, subscribe ParseAnnex to BlobCreated events.
# Event Grid checks the webhook when the subscription is made, and the URL carries the host's
# blobs_extension key, so both the code and a started host must exist first: wake the host
# through the public health route, then provision again with the subscription switched on.
set -eu

if [ "${PIPELINE_SUBSCRIBE_BLOB_EVENTS:-false}" = "true" ]; then
  echo "Event Grid subscription for ParseAnnex: already provisioned."
  exit 0
fi

echo "Waking the function host (${API_HEALTH_URL}) so it creates its blobs_extension key..."
attempt=0
until curl -fsS -o /dev/null "${API_HEALTH_URL}"; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 20 ]; then
    echo "The app did not answer ${API_HEALTH_URL}; run 'azd env set PIPELINE_SUBSCRIBE_BLOB_EVENTS true && azd provision' later." >&2
    exit 1
  fi
  sleep 6
done

azd env set PIPELINE_SUBSCRIBE_BLOB_EVENTS true
azd provision --no-prompt
