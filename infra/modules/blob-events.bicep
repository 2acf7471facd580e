// The Event Grid system topic for the storage account: the source of the BlobCreated events that
// drive the ParseAnnex blob trigger (Source = EventGrid; Flex Consumption has no polling blob
// trigger). The subscription itself is blob-subscription.bicep, deployed once the code is there.

param name string

param location string

param tags object

param storageAccountName string

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
