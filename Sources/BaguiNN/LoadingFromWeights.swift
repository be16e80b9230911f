import BaguiTensor

// Construction from checkpoint scopes (style.md principle 6): the code's structure is the key
// hierarchy, so `Linear(scope.scope("query"), …)` reads `…query.weight` and `…query.bias`.

extension Linear {
    /// Loads `weight` (`[out, in]`) and, when present, `bias` (`[out]`) from `scope`.
    public init(_ scope: WeightScope, in inFeatures: Int, out outFeatures: Int) throws {
        let weight = try scope.tensor("weight", shape: [outFeatures, inFeatures])
        let bias = scope.contains("bias") ? try scope.tensor("bias", shape: [outFeatures]) : nil
        self.init(weight: weight, bias: bias)
    }
}

extension LayerNorm {
    /// Loads `weight` and `bias` (`[width]` each) from `scope`.
    public init(_ scope: WeightScope, width: Int, eps: Float) throws {
        self.init(weight: try scope.tensor("weight", shape: [width]), bias: try scope.tensor("bias", shape: [width]), eps: eps)
    }
}
