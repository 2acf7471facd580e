// Log Analytics workspace and the workspace-based Application Insights the function app writes to.
// Local (instrumentation-key) authentication is off: the app sends telemetry with its managed
// identity, which storage-roles.bicep makes a Monitoring Metrics Publisher.

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param applicationInsightsName string

param location string

param tags object

@description('Days Log Analytics keeps logs and telemetry (30 to 730; the first 31 days of retention are not billed separately).')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

output applicationInsightsName string = applicationInsights.name
output workspaceName string = workspace.name
