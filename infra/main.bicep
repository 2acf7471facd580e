// Pipeline in one resource group: the Functions app (src/Pipeline.Functions) on Flex Consumption,
// its storage (containers, queues and tables of src/Pipeline.Storage/StorageNames.cs), the Event
// Grid subscription that feeds the ParseAnnex blob trigger, Application Insights on a Log
// Analytics workspace, and a user-assigned managed identity with data roles instead of keys.
// Deploy with `azd up`, or `az deployment group create` (docs/operations.md).

targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Environment name (azd: AZURE_ENV_NAME), e.g. son-la-prod. Part of every resource name\'s unique suffix.')
param environmentName string

@minLength(1)
@description('Azure region of every resource (azd: AZURE_LOCATION); it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Client (application) id of the Entra app registration users sign in to (docs/operations.md, "Configure access"). Empty: deploy without platform sign-in; API routes then answer 401.')
param entraClientId string = ''

@description('What App Service authentication does with a request without a session (see modules/function-app.bicep).')
@allowed([
  'RedirectToLoginPage'
  'Return401'
  'AllowAnonymous'
])
param unauthenticatedAction string = 'RedirectToLoginPage'

@description('Create the Event Grid subscription for ParseAnnex. Only once the code is deployed: the azd postdeploy hook sets it and provisions again.')
param subscribeBlobEvents bool = false

@description('Optional principal id (user or group) given read access to blobs and tables and the right to move queue messages, for operations. azd passes the signed-in user.')
param operatorPrincipalId string = ''

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param storageSku string = 'Standard_LRS'

@description('Upper bound on Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Instance memory in MB (billing unit of Flex Consumption).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

// 13 characters, stable per subscription, resource group and environment: storage account names
// must be globally unique, 3-24 lowercase letters and digits ('st' + 13 = 15).
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
  application: 'pipeline'
}

// src/Pipeline.Storage/StorageNames.cs; infra/build.sh fails if a name there is missing here.
var annexesContainer = 'annexes'
var parsedContainer = 'parsed'
var unitsContainer = 'units'
var catalogueContainer = 'catalogue'
var scoreQueue = 'annexes-to-score'
var deploymentContainer = 'app-package-${resourceToken}'
// Names are known before deployment (not read from module outputs) so What-If can predict them.
var functionAppName = 'func-pipeline-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var identityName = 'id-pipeline-${resourceToken}'
var applicationInsightsName = 'appi-pipeline-${resourceToken}'
var systemTopicName = 'evgt-pipeline-${resourceToken}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-pipeline-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSku
    containers: [
      annexesContainer
      parsedContainer
      unitsContainer
      catalogueContainer
      deploymentContainer
    ]
    queues: [
      scoreQueue
      '${scoreQueue}-poison'
    ]
    tables: [
      'Uploads'
      'Targets'
      'Summaries'
      'ConsolidationRuns'
      'Reviews'
    ]
  }
}

// Before the app: its host starts with its roles already in place.
module roles 'modules/roles.bicep' = {
  name: 'roles'
  dependsOn: [
    identity
    storage
    monitoring
  ]
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    appIdentityName: identityName
    operatorPrincipalId: operatorPrincipalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  dependsOn: [
    storage
    monitoring
    roles
  ]
  params: {
    name: functionAppName
    planName: 'plan-pipeline-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainer
    applicationInsightsName: applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    entraClientId: entraClientId
    unauthenticatedAction: unauthenticatedAction
  }
}

module blobEvents 'modules/blob-events.bicep' = {
  name: 'blob-events'
  dependsOn: [
    storage
  ]
  params: {
    name: systemTopicName
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
}

module parseAnnexSubscription 'modules/blob-subscription.bicep' = if (subscribeBlobEvents) {
  name: 'parse-annex-subscription'
  dependsOn: [
    blobEvents
    functionApp
  ]
  params: {
    systemTopicName: systemTopicName
    functionAppName: functionAppName
    functionName: 'ParseAnnex'
    containerName: annexesContainer
  }
}

// No secrets here: names and URLs only. azd stores outputs in the environment (.azure/<env>/.env).
output AZURE_LOCATION string = location
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = blobEvents.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.workspaceName
output PORTAL_URL string = 'https://${functionApp.outputs.defaultHostName}/'
output API_HEALTH_URL string = 'https://${functionApp.outputs.defaultHostName}/api/health'
