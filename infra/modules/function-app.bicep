// The function app on a Flex Consumption plan: .NET isolated worker, user-assigned managed
// identity for storage, deployment packages and telemetry (no keys, no connection strings),
// HTTPS only, TLS 1.2, and App Service authentication with Microsoft Entra ID in front of it.

param name string

param planName string

param location string

param tags object

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity: the setting that tells the host and the SDK which identity to use.')
param identityClientId string

param storageAccountName string

@description('Blob container for Flex Consumption deployment packages.')
param deploymentContainerName string

param applicationInsightsName string

@description('Worker runtime version; Flex Consumption lists dotnet-isolated 10.0 (az functionapp list-flexconsumption-runtimes).')
param runtimeVersion string = '10.0'

@description('Memory of each instance, in MB; billing is by this size, not by memory used.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on instances, so a flood of uploads cannot run up an unbounded bill.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Client (application) id of the Entra app registration users sign in to. Empty: no platform authentication; every API route then answers 401 (the app finds no principal) and only /api/health works.')
param entraClientId string = ''

@description('Tenant users sign in from.')
param entraTenantId string = tenant().tenantId

@description('What App Service authentication does with a request that has no session: send a browser to the Entra sign-in page, answer 401, or let the app decide (it answers 401 on every API route).')
@allowed([
  'RedirectToLoginPage'
  'Return401'
  'AllowAnonymous'
])
param unauthenticatedAction string = 'RedirectToLoginPage'

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

// Identity-based storage settings in the Functions convention (<prefix>__<property>). The same
// account serves the host and the pipeline, under two names so either can move later.
var storageIdentity = {
  blobServiceUri: account.properties.primaryEndpoints.blob
  queueServiceUri: account.properties.primaryEndpoints.queue
  tableServiceUri: account.properties.primaryEndpoints.table
  credential: 'managedidentity'
  clientId: identityClientId
}

var appSettings = union(
  toObject(items(storageIdentity), item => 'AzureWebJobsStorage__${item.key}', item => item.value),
  toObject(items(storageIdentity), item => 'PipelineStorage__${item.key}', item => item.value),
  {
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  }
)

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  // azd finds the app to deploy `api` (azure.yaml) to by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
}

// Deployments (azd, az functionapp deployment) sign in with Entra ID; no publishing passwords.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// App Service authentication: it signs users in with Entra ID and hands the app their claims
// (app roles included) in X-MS-CLIENT-PRINCIPAL, which ClientPrincipal.cs reads. No client
// secret: the ID token comes straight from the sign-in (enable "ID tokens" on the registration).
resource auth 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(entraClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: unauthenticatedAction
      redirectToProvider: 'azureactivedirectory'
      // The health probe is public; the Event Grid webhook carries its own system key (code=).
      excludedPaths: [
        '/api/health'
        '/runtime/webhooks/blobs'
      ]
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
        validation: {
          // Bearer tokens for scripts: the app's own client id or its Application ID URI.
          allowedAudiences: [
            entraClientId
            'api://${entraClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
