// The public library: one import gives a field tool the whole runtime.
@_exported import BaguiBundles
@_exported import BaguiDomains
@_exported import BaguiIndustry
@_exported import BaguiJSON
@_exported import BaguiModels
@_exported import BaguiNN
@_exported import BaguiRegistry
@_exported import BaguiTensor
@_exported import BaguiTokenizers
