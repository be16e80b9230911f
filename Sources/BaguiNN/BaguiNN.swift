// The BaguiNN target; see Package.swift for its place in the design.
