import BaguiDomains

/// The red-flag layer that every free text passes, whichever route it takes (trust matrix F8): a
/// chest-pain complaint misrouted to the sugar expert still escalates. Uses the triage bundle's own
/// `red_flags.json`, so there is one rule table, not two.
public struct SafetyScreen: Sendable {
    /// The rules.
    public let table: RedFlagTable

    public init(table: RedFlagTable) { self.table = table }

    /// What the screen found in one text.
    public struct Finding: Sendable, Equatable {
        /// Ids of the fired rules, in file order.
        public var rules: [String]
        /// True when a fired rule calls for level 1 or 2.
        public var escalate: Bool
    }

    /// Screens `text`.
    public func screen(_ text: String) -> Finding {
        let fired = table.firedRules(in: PhraseText(text))
        return Finding(rules: fired.map(\.id), escalate: fired.contains { $0.targetLevel <= 2 })
    }
}
