/// The triage safety layer's verdict on one complaint: the network's calibrated acuity, then the
/// abstention caps and every fired rule, each of which can only make the level more urgent.
public struct TriageDecision: Sendable, Equatable {
    /// Final acuity, 1 (immediate) … 5 (non-urgent).
    public var level: Int
    /// The network's own most probable level.
    public var modelLevel: Int
    /// The network's calibrated top probability.
    public var confidence: Double
    /// True when the final level is 1 or 2 (whatever set it), the network was unsure, or the input is unfamiliar.
    public var escalate: Bool
    /// Ids of the fired phrase rules.
    public var redFlags: [String]
    /// Ids of the fired vitals rules.
    public var vitalsFlags: [String]
    /// Every reason code, in the order applied (`network_high_acuity`, `low_confidence`, `unfamiliar_input`, rule ids).
    public var reasons: [String]
    /// Suggested department id.
    public var department: String

    /// Decides from the calibrated level probabilities (`[5]`, level 1 first) and the request.
    /// Follows `triage_safety.py`'s `decide`: never raises the level number.
    public static func decide(
        probabilities: [Double], text: String, numbers: [String: Double], categories: [String: String],
        rules: RedFlagTable, departments: DepartmentTable
    ) -> TriageDecision {
        let phrase = PhraseText(text)
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 4
        let modelLevel = best + 1, confidence = probabilities.isEmpty ? 0 : probabilities[best]
        var level = modelLevel, escalate = false, reasons = modelLevel <= 2 ? ["network_high_acuity"] : []
        if confidence < rules.abstention.minConfidence {
            escalate = true
            let plausible = probabilities.indices.filter { probabilities[$0] >= rules.abstention.predictionSetMinProbability }.map { $0 + 1 }
            level = ([level, 3] + plausible).min() ?? 3
            reasons.append("low_confidence")
        }
        if rules.isUnfamiliar(phrase) {
            escalate = true
            level = min(level, 3)
            reasons.append("unfamiliar_input")
        }
        let fired = rules.firedRules(in: phrase)
        let vitals = rules.firedVitals(numbers: numbers, categories: categories)
        let targets = fired.map { ($0.id, $0.targetLevel) } + vitals.map { ($0.id, $0.targetLevel) }
        for (id, target) in targets {
            level = min(level, target)
            reasons.append(id)
        }
        if level <= 2 { escalate = true }  // an immediate or emergent result always escalates, even from the network alone
        return TriageDecision(
            level: level, modelLevel: modelLevel, confidence: confidence, escalate: escalate,
            redFlags: fired.map(\.id), vitalsFlags: vitals.map(\.id), reasons: reasons,
            department: departments.department(for: phrase, level: level))
    }
}
