// The BaguiModels target; see Package.swift for its place in the design.
