// Role assignments for the app's managed identity (and optionally an operator), instead of keys.
// Data roles only: none of them can list account keys or change the account.
//
// App identity (AzureWebJobsStorage and PipelineStorage both use it, on the same account):
// - Storage Blob Data Owner: the Functions host keeps its locks, keys and Flex deployment package
//   in blobs, and the docs name this role for identity-based AzureWebJobsStorage and for the blob
//   trigger (Contributor is not enough for the host). The steps read annexes/ and write parsed/.
// - Storage Queue Data Contributor: the queue triggers read and delete messages, the host moves
//   failures to annexes-to-score-poison, the blob trigger keeps its poison queue, and the parse
//   step sends score requests.
// - Storage Table Data Contributor: Uploads, Targets, Summaries, ConsolidationRuns, Reviews (read and
//   write), and the host's diagnostic events.
// - Monitoring Metrics Publisher (on Application Insights): telemetry with Entra ID auth, since
//   the component has local authentication turned off.
// Not granted: Storage Account Contributor, which the docs add for the polling blob trigger
// (LogsAndContainerScan). ParseAnnex uses the Event Grid source, and that role can list keys.

@description('Storage account the app uses.')
param storageAccountName string

@description('Application Insights component the app writes to.')
param applicationInsightsName string

@description('Name of the app\'s user-assigned managed identity.')
param appIdentityName string

@description('Optional: principal id of a person or group operating the system (peeking the poison queue, querying tables, reading originals). Empty for none.')
param operatorPrincipalId string = ''

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  storageTableDataReader: '76199698-9eea-4c19-bc75-cec21354c6b6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

// Operators read blobs and tables and may move poison messages back (hence Queue Data Contributor).
var operatorStorageRoles = [
  roles.storageBlobDataReader
  roles.storageQueueDataContributor
  roles.storageTableDataReader
]

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in appStorageRoles: {
    scope: account
    name: guid(account.id, appIdentity.id, role)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: appIdentity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: applicationInsights
  name: guid(applicationInsights.id, appIdentity.id, roles.monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in (empty(operatorPrincipalId) ? [] : operatorStorageRoles): {
    scope: account
    name: guid(account.id, operatorPrincipalId, role)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: operatorPrincipalId
    }
  }
]
