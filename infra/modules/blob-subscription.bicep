// Event Grid subscription: BlobCreated in one container → the blob extension's webhook of the
// function app, for one function. Deploy it only after the app's code is deployed and the host
// has started: Event Grid validates the endpoint when the subscription is created (the blob
// extension answers only when the function exists), and the host creates the blobs_extension
// system key the URL carries. main.bicep does so when subscribeBlobEvents is true (the azd
// postdeploy hook sets it after the first deploy).

param systemTopicName string

param functionAppName string

@description('Name of the function with the blob trigger ([Function("...")]).')
param functionName string

@description('Container whose new blobs trigger the function.')
param containerName string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// The host's keys (POST .../host/default/listkeys); Bicep has no resource type for sites/host.
var hostKeys = listKeys('${site.id}/host/default', '2024-04-01')

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: toLower(functionName)
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        // The key is read at deployment time and goes only into the subscription (write-only there).
        endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${hostKeys.systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = subscription.name
